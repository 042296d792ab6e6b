-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "search" tsvector;
