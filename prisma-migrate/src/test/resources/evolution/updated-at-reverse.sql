-- AlterTable
ALTER TABLE "User" DROP COLUMN "updatedAt";
