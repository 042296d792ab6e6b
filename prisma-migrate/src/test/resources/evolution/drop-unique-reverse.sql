-- CreateIndex
CREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name");
