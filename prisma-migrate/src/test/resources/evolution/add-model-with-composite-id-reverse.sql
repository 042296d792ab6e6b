-- DropTable
DROP TABLE "Pair";
