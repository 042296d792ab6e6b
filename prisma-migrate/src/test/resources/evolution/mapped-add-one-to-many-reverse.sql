-- DropForeignKey
ALTER TABLE "t_comment" DROP CONSTRAINT "t_comment_postId_fkey";

-- DropTable
DROP TABLE "t_comment";
