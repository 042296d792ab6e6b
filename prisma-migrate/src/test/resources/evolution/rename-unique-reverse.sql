-- RenameIndex
ALTER INDEX "user_email" RENAME TO "User_email_key";
