-- CreateTable
CREATE TABLE "t_pair" (
    "a" INTEGER NOT NULL,
    "b" TEXT NOT NULL,

    CONSTRAINT "t_pair_pkey" PRIMARY KEY ("a","b")
);
