-- DropIndex
DROP INDEX "Post_authorId_idx";

-- CreateIndex
CREATE UNIQUE INDEX "Post_authorId_title_key" ON "Post"("authorId", "title");
