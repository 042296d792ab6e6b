-- CreateIndex
CREATE UNIQUE INDEX "t_tag_name_key" ON "t_tag"("name");
