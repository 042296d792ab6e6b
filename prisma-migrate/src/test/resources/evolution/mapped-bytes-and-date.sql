-- AlterTable
ALTER TABLE "t_profile" ADD COLUMN     "avatar" BYTEA,
ADD COLUMN     "born" DATE;
