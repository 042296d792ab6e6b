-- RenameIndex
ALTER INDEX "user_email" RENAME TO "t_user_email_key";
