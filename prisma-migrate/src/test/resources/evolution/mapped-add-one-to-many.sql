-- CreateTable
CREATE TABLE "t_comment" (
    "id" SERIAL NOT NULL,
    "text" TEXT NOT NULL,
    "postId" INTEGER NOT NULL,

    CONSTRAINT "t_comment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "t_comment_postId_idx" ON "t_comment"("postId");

-- AddForeignKey
ALTER TABLE "t_comment" ADD CONSTRAINT "t_comment_postId_fkey" FOREIGN KEY ("postId") REFERENCES "t_post"("id") ON DELETE CASCADE ON UPDATE CASCADE;
