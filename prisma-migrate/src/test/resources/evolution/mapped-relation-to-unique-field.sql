-- AlterTable
ALTER TABLE "t_profile" ADD COLUMN     "email" TEXT;

-- AddForeignKey
ALTER TABLE "t_profile" ADD CONSTRAINT "t_profile_email_fkey" FOREIGN KEY ("email") REFERENCES "t_user"("email") ON DELETE SET NULL ON UPDATE CASCADE;
