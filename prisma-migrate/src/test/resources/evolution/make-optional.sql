-- AlterTable
ALTER TABLE "Profile" ALTER COLUMN "bio" DROP NOT NULL;
