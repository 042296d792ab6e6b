-- DropIndex
DROP INDEX "t_tag_name_key";
