-- DropForeignKey
ALTER TABLE "t_profile" DROP CONSTRAINT "t_profile_email_fkey";

-- AlterTable
ALTER TABLE "t_profile" DROP COLUMN "email";
