-- DropTable
DROP TABLE "t_event";
