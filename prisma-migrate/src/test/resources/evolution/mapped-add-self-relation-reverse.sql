-- DropForeignKey
ALTER TABLE "t_post" DROP CONSTRAINT "t_post_parentId_fkey";

-- AlterTable
ALTER TABLE "t_post" DROP COLUMN "parentId";
