-- DropIndex
DROP INDEX "Post_authorId_title_key";

-- CreateIndex
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");
