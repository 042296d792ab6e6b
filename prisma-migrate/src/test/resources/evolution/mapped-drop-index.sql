-- DropIndex
DROP INDEX "t_post_authorId_idx";
