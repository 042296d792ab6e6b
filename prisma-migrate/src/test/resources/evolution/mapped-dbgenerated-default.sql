-- AlterTable
ALTER TABLE "t_profile" ADD COLUMN     "token" TEXT NOT NULL DEFAULT md5(random()::text);
