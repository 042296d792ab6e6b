-- DropIndex
DROP INDEX "Post_title_views_idx";
