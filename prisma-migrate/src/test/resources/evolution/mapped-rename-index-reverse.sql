-- RenameIndex
ALTER INDEX "post_author" RENAME TO "t_post_authorId_idx";
