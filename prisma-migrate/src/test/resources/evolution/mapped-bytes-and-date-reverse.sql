-- AlterTable
ALTER TABLE "t_profile" DROP COLUMN "avatar",
DROP COLUMN "born";
