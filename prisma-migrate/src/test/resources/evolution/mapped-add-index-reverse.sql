-- DropIndex
DROP INDEX "t_post_title_views_idx";
