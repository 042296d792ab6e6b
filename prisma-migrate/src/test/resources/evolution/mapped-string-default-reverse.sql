-- AlterTable
ALTER TABLE "t_profile" ALTER COLUMN "bio" DROP DEFAULT;
