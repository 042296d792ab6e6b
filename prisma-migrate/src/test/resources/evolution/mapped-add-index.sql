-- CreateIndex
CREATE INDEX "t_post_title_views_idx" ON "t_post"("title", "views");
