-- DropForeignKey
ALTER TABLE "t_profile" DROP CONSTRAINT "t_profile_userId_fkey";

-- DropIndex
DROP INDEX "t_profile_userId_key";

-- AlterTable
ALTER TABLE "t_profile" DROP COLUMN "userId";
