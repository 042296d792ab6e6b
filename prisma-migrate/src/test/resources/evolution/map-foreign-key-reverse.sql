-- RenameForeignKey
ALTER TABLE "Post" RENAME CONSTRAINT "post_author_fk" TO "Post_authorId_fkey";
