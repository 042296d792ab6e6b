-- AlterTable
ALTER TABLE "t_profile" ADD COLUMN     "search" tsvector;
