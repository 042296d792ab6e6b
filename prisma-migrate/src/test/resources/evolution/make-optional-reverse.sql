-- AlterTable
ALTER TABLE "Profile" ALTER COLUMN "bio" SET NOT NULL;
