-- AlterTable
ALTER TABLE "t_profile" ALTER COLUMN "bio" SET DEFAULT 'It''s me';
