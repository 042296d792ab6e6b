-- AlterEnum
ALTER TYPE "t_role" ADD VALUE 'GUEST';
