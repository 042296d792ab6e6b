-- AlterTable
ALTER TABLE "Profile" DROP COLUMN "token";
