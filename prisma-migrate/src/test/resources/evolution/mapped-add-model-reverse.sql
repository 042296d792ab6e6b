-- DropTable
DROP TABLE "t_setting";
