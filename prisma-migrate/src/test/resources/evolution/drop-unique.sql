-- DropIndex
DROP INDEX "Tag_name_key";
