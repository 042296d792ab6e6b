-- AlterTable
ALTER TABLE "Post" DROP COLUMN "rating";
