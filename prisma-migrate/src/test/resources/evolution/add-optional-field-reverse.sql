-- AlterTable
ALTER TABLE "Post" DROP COLUMN "summary";
