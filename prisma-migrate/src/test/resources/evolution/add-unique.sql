-- CreateIndex
CREATE UNIQUE INDEX "Profile_bio_key" ON "Profile"("bio");
