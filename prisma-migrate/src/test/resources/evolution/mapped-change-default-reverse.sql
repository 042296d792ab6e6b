-- AlterTable
ALTER TABLE "t_post" ALTER COLUMN "published" SET DEFAULT false;
