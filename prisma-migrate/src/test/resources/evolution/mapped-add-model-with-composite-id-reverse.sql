-- DropTable
DROP TABLE "t_pair";
