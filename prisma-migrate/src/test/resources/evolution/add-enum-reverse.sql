-- AlterTable
ALTER TABLE "Post" DROP COLUMN "status";

-- DropEnum
DROP TYPE "Status";
