-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "extra" JSONB;
