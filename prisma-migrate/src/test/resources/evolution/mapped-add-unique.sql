-- CreateIndex
CREATE UNIQUE INDEX "t_profile_bio_key" ON "t_profile"("bio");
