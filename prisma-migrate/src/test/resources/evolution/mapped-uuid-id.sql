-- AlterTable
ALTER TABLE "t_profile" DROP CONSTRAINT "t_profile_pkey",
DROP COLUMN "id",
ADD COLUMN     "id" UUID NOT NULL,
ADD CONSTRAINT "t_profile_pkey" PRIMARY KEY ("id");
