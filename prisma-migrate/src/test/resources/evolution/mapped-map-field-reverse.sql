-- AlterTable
ALTER TABLE "t_post" DROP COLUMN "body",
ADD COLUMN     "content" TEXT;
