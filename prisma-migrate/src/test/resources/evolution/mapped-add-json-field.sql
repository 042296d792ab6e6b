-- AlterTable
ALTER TABLE "t_profile" ADD COLUMN     "extra" JSONB;
