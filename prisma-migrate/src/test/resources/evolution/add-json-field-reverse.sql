-- AlterTable
ALTER TABLE "Profile" DROP COLUMN "extra";
