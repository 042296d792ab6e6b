-- DropForeignKey
ALTER TABLE "t_post" DROP CONSTRAINT "t_post_authorId_fkey";

-- AlterTable
ALTER TABLE "t_post" ALTER COLUMN "authorId" DROP NOT NULL;

-- AddForeignKey
ALTER TABLE "t_post" ADD CONSTRAINT "t_post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "t_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
