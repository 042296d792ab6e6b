-- RenameForeignKey
ALTER TABLE "t_post" RENAME CONSTRAINT "t_post_authorId_fkey" TO "post_author_fk";
