-- AlterEnum
ALTER TYPE "t_role" ADD VALUE 'OWNER';

-- DropIndex
DROP INDEX "t_post_authorId_idx";

-- AlterTable
ALTER TABLE "t_post" DROP COLUMN "content",
ADD COLUMN     "summary" TEXT NOT NULL,
ALTER COLUMN "title" SET DATA TYPE VARCHAR(150);

-- CreateIndex
CREATE INDEX "t_post_authorId_published_idx" ON "t_post"("authorId", "published");
