-- RenameIndex
ALTER INDEX "User_email_key" RENAME TO "user_email";
