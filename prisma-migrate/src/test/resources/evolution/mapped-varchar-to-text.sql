-- AlterTable
ALTER TABLE "t_post" ALTER COLUMN "title" SET DATA TYPE TEXT;
