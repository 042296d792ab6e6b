-- CreateTable
CREATE TABLE "t_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "t_event_pkey" PRIMARY KEY ("id")
);
