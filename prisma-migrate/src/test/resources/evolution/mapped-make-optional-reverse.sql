-- AlterTable
ALTER TABLE "t_profile" ALTER COLUMN "bio" SET NOT NULL;
