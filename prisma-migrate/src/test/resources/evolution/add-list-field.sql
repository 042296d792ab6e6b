-- AlterTable
ALTER TABLE "User" ADD COLUMN     "aliases" TEXT[];
