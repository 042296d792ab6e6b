-- AlterTable
ALTER TABLE "User" DROP COLUMN "roles";
