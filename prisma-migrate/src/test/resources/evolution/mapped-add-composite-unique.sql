-- CreateIndex
CREATE UNIQUE INDEX "t_post_title_authorId_key" ON "t_post"("title", "authorId");
