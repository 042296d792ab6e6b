-- AlterTable
ALTER TABLE "Post" ALTER COLUMN "published" SET DEFAULT true;
