-- DropIndex
DROP INDEX "Profile_bio_key";
