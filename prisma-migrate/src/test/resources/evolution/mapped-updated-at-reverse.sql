-- AlterTable
ALTER TABLE "t_user" DROP COLUMN "updatedAt";
