-- AlterTable
ALTER TABLE "Profile" DROP COLUMN "search";
