-- DropIndex
DROP INDEX "Post_title_authorId_key";
