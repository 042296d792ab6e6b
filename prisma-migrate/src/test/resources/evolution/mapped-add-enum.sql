-- CreateEnum
CREATE TYPE "t_status" AS ENUM ('DRAFT', 'LIVE');

-- AlterTable
ALTER TABLE "t_post" ADD COLUMN     "status" "t_status" NOT NULL DEFAULT 'DRAFT';
