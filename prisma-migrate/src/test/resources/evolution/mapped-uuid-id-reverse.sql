-- AlterTable
ALTER TABLE "t_profile" DROP CONSTRAINT "t_profile_pkey",
DROP COLUMN "id",
ADD COLUMN     "id" SERIAL NOT NULL,
ADD CONSTRAINT "t_profile_pkey" PRIMARY KEY ("id");
