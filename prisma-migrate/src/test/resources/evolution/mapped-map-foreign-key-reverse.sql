-- RenameForeignKey
ALTER TABLE "t_post" RENAME CONSTRAINT "post_author_fk" TO "t_post_authorId_fkey";
