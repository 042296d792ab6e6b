-- AlterTable
ALTER TABLE "t_user" ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL;
