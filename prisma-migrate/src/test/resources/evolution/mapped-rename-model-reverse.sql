-- DropForeignKey
ALTER TABLE "t_bio" DROP CONSTRAINT "t_bio_userId_fkey";

-- DropTable
DROP TABLE "t_bio";

-- CreateTable
CREATE TABLE "t_profile" (
    "id" SERIAL NOT NULL,
    "bio" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,

    CONSTRAINT "t_profile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "t_profile_userId_key" ON "t_profile"("userId");

-- AddForeignKey
ALTER TABLE "t_profile" ADD CONSTRAINT "t_profile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "t_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
