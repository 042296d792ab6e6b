-- AlterTable
ALTER TABLE "t_post" DROP COLUMN "status";

-- DropEnum
DROP TYPE "t_status";
