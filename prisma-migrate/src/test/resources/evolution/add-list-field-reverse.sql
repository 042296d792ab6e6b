-- AlterTable
ALTER TABLE "User" DROP COLUMN "aliases";
