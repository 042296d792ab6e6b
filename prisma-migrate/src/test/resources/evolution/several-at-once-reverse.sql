-- AlterEnum
BEGIN;
CREATE TYPE "Role_new" AS ENUM ('USER', 'ADMIN');
ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new");
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "Role_old";
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'USER';
COMMIT;

-- DropIndex
DROP INDEX "Post_authorId_published_idx";

-- AlterTable
ALTER TABLE "Post" DROP COLUMN "summary",
ADD COLUMN     "content" TEXT,
ALTER COLUMN "title" SET DATA TYPE VARCHAR(100);

-- CreateIndex
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");
