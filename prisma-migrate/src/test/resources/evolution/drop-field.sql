-- AlterTable
ALTER TABLE "Post" DROP COLUMN "content";
