-- RenameIndex
ALTER INDEX "post_author" RENAME TO "Post_authorId_idx";
