-- AlterTable
ALTER TABLE "t_post" ALTER COLUMN "views" DROP DEFAULT;
