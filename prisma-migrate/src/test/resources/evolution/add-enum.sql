-- CreateEnum
CREATE TYPE "Status" AS ENUM ('DRAFT', 'LIVE');

-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "status" "Status" NOT NULL DEFAULT 'DRAFT';
