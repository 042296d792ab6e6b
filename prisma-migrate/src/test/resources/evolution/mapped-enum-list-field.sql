-- AlterTable
ALTER TABLE "t_user" ADD COLUMN     "roles" "t_role"[];
