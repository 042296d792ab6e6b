-- DropForeignKey
ALTER TABLE "Profile" DROP CONSTRAINT "Profile_email_fkey";

-- AlterTable
ALTER TABLE "Profile" DROP COLUMN "email";
