-- DropIndex
DROP INDEX "t_profile_bio_key";
