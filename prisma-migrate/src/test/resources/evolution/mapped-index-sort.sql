-- DropIndex
DROP INDEX "t_post_authorId_idx";

-- CreateIndex
CREATE INDEX "t_post_authorId_idx" ON "t_post"("authorId" DESC);
