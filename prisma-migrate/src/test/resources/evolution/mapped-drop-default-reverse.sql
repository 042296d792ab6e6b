-- AlterTable
ALTER TABLE "t_post" ALTER COLUMN "views" SET DEFAULT 0;
