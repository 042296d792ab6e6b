-- AlterTable
ALTER TABLE "Profile" DROP COLUMN "avatar",
DROP COLUMN "born";
