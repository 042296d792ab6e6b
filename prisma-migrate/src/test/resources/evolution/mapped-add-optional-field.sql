-- AlterTable
ALTER TABLE "t_post" ADD COLUMN     "summary" TEXT;
