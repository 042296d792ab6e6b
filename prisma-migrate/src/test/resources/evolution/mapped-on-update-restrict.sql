-- DropForeignKey
ALTER TABLE "t_post" DROP CONSTRAINT "t_post_authorId_fkey";

-- AddForeignKey
ALTER TABLE "t_post" ADD CONSTRAINT "t_post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "t_user"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
