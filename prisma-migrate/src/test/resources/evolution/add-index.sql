-- CreateIndex
CREATE INDEX "Post_title_views_idx" ON "Post"("title", "views");
