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
