-- DropIndex
DROP INDEX "t_post_authorId_idx";

-- CreateIndex
CREATE UNIQUE INDEX "t_post_authorId_title_key" ON "t_post"("authorId", "title");
