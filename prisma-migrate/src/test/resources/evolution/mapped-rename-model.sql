-- DropForeignKey
ALTER TABLE "t_profile" DROP CONSTRAINT "t_profile_userId_fkey";

-- DropTable
DROP TABLE "t_profile";

-- CreateTable
CREATE TABLE "t_bio" (
    "id" SERIAL NOT NULL,
    "bio" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,

    CONSTRAINT "t_bio_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "t_bio_userId_key" ON "t_bio"("userId");

-- AddForeignKey
ALTER TABLE "t_bio" ADD CONSTRAINT "t_bio_userId_fkey" FOREIGN KEY ("userId") REFERENCES "t_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
