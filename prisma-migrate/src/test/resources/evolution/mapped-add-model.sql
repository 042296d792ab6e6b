-- CreateTable
CREATE TABLE "t_setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,

    CONSTRAINT "t_setting_pkey" PRIMARY KEY ("key")
);
