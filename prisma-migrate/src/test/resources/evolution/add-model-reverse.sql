-- DropTable
DROP TABLE "Setting";
