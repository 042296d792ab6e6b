-- AlterTable
ALTER TABLE "t_user" ALTER COLUMN "role" SET DEFAULT 'USER';
