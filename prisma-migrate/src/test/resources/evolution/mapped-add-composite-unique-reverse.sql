-- DropIndex
DROP INDEX "t_post_title_authorId_key";
