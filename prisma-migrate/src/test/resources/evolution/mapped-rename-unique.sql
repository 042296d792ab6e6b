-- RenameIndex
ALTER INDEX "t_user_email_key" RENAME TO "user_email";
