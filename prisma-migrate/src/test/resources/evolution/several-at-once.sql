-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'OWNER';

-- DropIndex
DROP INDEX "Post_authorId_idx";

-- AlterTable
ALTER TABLE "Post" DROP COLUMN "content",
ADD COLUMN     "summary" TEXT NOT NULL,
ALTER COLUMN "title" SET DATA TYPE VARCHAR(150);

-- CreateIndex
CREATE INDEX "Post_authorId_published_idx" ON "Post"("authorId", "published");
