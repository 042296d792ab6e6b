-- AlterTable
ALTER TABLE "t_post" ADD COLUMN     "content" TEXT;
