-- AlterTable
ALTER TABLE "t_post" DROP COLUMN "content";
