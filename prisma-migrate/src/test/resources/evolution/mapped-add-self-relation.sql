-- AlterTable
ALTER TABLE "t_post" ADD COLUMN     "parentId" INTEGER;

-- AddForeignKey
ALTER TABLE "t_post" ADD CONSTRAINT "t_post_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "t_post"("id") ON DELETE SET NULL ON UPDATE CASCADE;
