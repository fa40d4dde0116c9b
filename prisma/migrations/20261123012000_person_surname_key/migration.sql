-- AlterTable
ALTER TABLE "person" ADD COLUMN     "surname_key" TEXT;

-- CreateIndex
CREATE INDEX "person_surname_key_idx" ON "person"("surname_key");
