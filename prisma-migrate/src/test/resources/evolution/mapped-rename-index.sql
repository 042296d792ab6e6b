-- RenameIndex
ALTER INDEX "t_post_authorId_idx" RENAME TO "post_author";
