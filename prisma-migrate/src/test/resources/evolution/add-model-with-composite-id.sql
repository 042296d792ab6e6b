-- CreateTable
CREATE TABLE "Pair" (
    "a" INTEGER NOT NULL,
    "b" TEXT NOT NULL,

    CONSTRAINT "Pair_pkey" PRIMARY KEY ("a","b")
);
