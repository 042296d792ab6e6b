-- AlterTable
ALTER TABLE "t_user" ADD COLUMN     "aliases" TEXT[];
