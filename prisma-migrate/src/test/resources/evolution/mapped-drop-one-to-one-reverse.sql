-- AlterTable
ALTER TABLE "t_profile" ADD COLUMN     "userId" INTEGER NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "t_profile_userId_key" ON "t_profile"("userId");

-- AddForeignKey
ALTER TABLE "t_profile" ADD CONSTRAINT "t_profile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "t_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
