-- DropForeignKey
ALTER TABLE "t_profile" DROP CONSTRAINT "t_profile_userId_fkey";

-- AddForeignKey
ALTER TABLE "t_profile" ADD CONSTRAINT "t_profile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "t_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
