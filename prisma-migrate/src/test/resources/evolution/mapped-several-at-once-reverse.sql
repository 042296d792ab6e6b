-- AlterEnum
BEGIN;
CREATE TYPE "t_role_new" AS ENUM ('USER', 'ADMIN');
ALTER TABLE "t_user" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "t_user" ALTER COLUMN "role" TYPE "t_role_new" USING ("role"::text::"t_role_new");
ALTER TYPE "t_role" RENAME TO "t_role_old";
ALTER TYPE "t_role_new" RENAME TO "t_role";
DROP TYPE "t_role_old";
ALTER TABLE "t_user" ALTER COLUMN "role" SET DEFAULT 'USER';
COMMIT;

-- DropIndex
DROP INDEX "t_post_authorId_published_idx";

-- AlterTable
ALTER TABLE "t_post" DROP COLUMN "summary",
ADD COLUMN     "content" TEXT,
ALTER COLUMN "title" SET DATA TYPE VARCHAR(100);

-- CreateIndex
CREATE INDEX "t_post_authorId_idx" ON "t_post"("authorId");
