-- AlterTable
ALTER TABLE "Profile" ALTER COLUMN "bio" SET DEFAULT 'It''s me';
