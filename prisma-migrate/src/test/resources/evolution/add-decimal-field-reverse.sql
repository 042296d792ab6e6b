-- AlterTable
ALTER TABLE "Post" DROP COLUMN "price";
