-- AlterTable
ALTER TABLE "t_profile" DROP COLUMN "token";
