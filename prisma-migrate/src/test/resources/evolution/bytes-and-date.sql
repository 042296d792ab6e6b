-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "avatar" BYTEA,
ADD COLUMN     "born" DATE;
