-- AlterTable
ALTER TABLE "t_user" DROP COLUMN "roles";
