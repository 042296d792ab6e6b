-- DropForeignKey
ALTER TABLE "_Follows" DROP CONSTRAINT "_Follows_A_fkey";

-- DropForeignKey
ALTER TABLE "_Follows" DROP CONSTRAINT "_Follows_B_fkey";

-- DropTable
DROP TABLE "_Follows";
