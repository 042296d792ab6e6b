-- AlterTable
ALTER TABLE "t_user" DROP COLUMN "aliases";
