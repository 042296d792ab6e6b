-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "token" TEXT NOT NULL DEFAULT md5(random()::text);
