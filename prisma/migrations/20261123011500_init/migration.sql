-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('news_agency', 'ministry', 'government', 'tv', 'newspaper', 'party', 'other');

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('direct', 'indirect');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('meeting', 'phone_call', 'summit', 'visit', 'talks');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('held', 'planned', 'proposed', 'speculated');

-- CreateTable
CREATE TABLE "organization" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT,
    "kind" "OrganizationKind" NOT NULL DEFAULT 'other',
    "normalized_name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization_alias" (
    "id" SERIAL NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "organization_alias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT,
    "role" TEXT,
    "normalized_name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person_alias" (
    "id" SERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "person_alias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article" (
    "id" SERIAL NOT NULL,
    "title" TEXT,
    "body" TEXT NOT NULL,
    "outlet_id" INTEGER,
    "published_at" DATE,
    "url" TEXT,
    "content_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mention" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "person_id" INTEGER,
    "organization_id" INTEGER,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statement" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "speaker_person_id" INTEGER,
    "speaker_organization_id" INTEGER,
    "cue" TEXT NOT NULL,
    "cue_start" INTEGER NOT NULL,
    "cue_end" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "content_start" INTEGER NOT NULL,
    "content_end" INTEGER NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "via_id" INTEGER,
    "audience" TEXT,
    "audience_start" INTEGER,
    "audience_end" INTEGER,
    "anaphoric" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting" (
    "id" SERIAL NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "status" "MeetingStatus" NOT NULL,
    "date" DATE,
    "end_date" DATE,
    "date_text" TEXT,
    "place" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_participant" (
    "id" SERIAL NOT NULL,
    "meeting_id" INTEGER NOT NULL,
    "person_id" INTEGER,
    "organization_id" INTEGER,

    CONSTRAINT "meeting_participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_mention" (
    "id" SERIAL NOT NULL,
    "meeting_id" INTEGER NOT NULL,
    "article_id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "meeting_mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statement_meeting" (
    "statement_id" INTEGER NOT NULL,
    "meeting_id" INTEGER NOT NULL,

    CONSTRAINT "statement_meeting_pkey" PRIMARY KEY ("statement_id","meeting_id")
);

-- CreateTable
CREATE TABLE "corroboration" (
    "from_id" INTEGER NOT NULL,
    "to_id" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "corroboration_pkey" PRIMARY KEY ("from_id","to_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organization_normalized_name_key" ON "organization"("normalized_name");

-- CreateIndex
CREATE INDEX "organization_alias_normalized_idx" ON "organization_alias"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "organization_alias_organization_id_normalized_key" ON "organization_alias"("organization_id", "normalized");

-- CreateIndex
CREATE INDEX "person_normalized_name_idx" ON "person"("normalized_name");

-- CreateIndex
CREATE INDEX "person_alias_normalized_idx" ON "person_alias"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "person_alias_person_id_normalized_key" ON "person_alias"("person_id", "normalized");

-- CreateIndex
CREATE UNIQUE INDEX "article_content_hash_key" ON "article"("content_hash");

-- CreateIndex
CREATE INDEX "article_outlet_id_idx" ON "article"("outlet_id");

-- CreateIndex
CREATE INDEX "article_published_at_id_idx" ON "article"("published_at", "id");

-- CreateIndex
CREATE INDEX "mention_article_id_idx" ON "mention"("article_id");

-- CreateIndex
CREATE INDEX "mention_person_id_idx" ON "mention"("person_id");

-- CreateIndex
CREATE INDEX "mention_organization_id_idx" ON "mention"("organization_id");

-- CreateIndex
CREATE INDEX "statement_speaker_person_id_idx" ON "statement"("speaker_person_id");

-- CreateIndex
CREATE INDEX "statement_speaker_organization_id_idx" ON "statement"("speaker_organization_id");

-- CreateIndex
CREATE INDEX "statement_via_id_idx" ON "statement"("via_id");

-- CreateIndex
CREATE UNIQUE INDEX "statement_article_id_position_key" ON "statement"("article_id", "position");

-- CreateIndex
CREATE INDEX "meeting_date_idx" ON "meeting"("date");

-- CreateIndex
CREATE INDEX "meeting_kind_status_idx" ON "meeting"("kind", "status");

-- CreateIndex
CREATE INDEX "meeting_participant_person_id_idx" ON "meeting_participant"("person_id");

-- CreateIndex
CREATE INDEX "meeting_participant_organization_id_idx" ON "meeting_participant"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_participant_meeting_id_person_id_key" ON "meeting_participant"("meeting_id", "person_id");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_participant_meeting_id_organization_id_key" ON "meeting_participant"("meeting_id", "organization_id");

-- CreateIndex
CREATE INDEX "meeting_mention_meeting_id_idx" ON "meeting_mention"("meeting_id");

-- CreateIndex
CREATE INDEX "meeting_mention_article_id_idx" ON "meeting_mention"("article_id");

-- CreateIndex
CREATE INDEX "statement_meeting_meeting_id_idx" ON "statement_meeting"("meeting_id");

-- CreateIndex
CREATE INDEX "corroboration_to_id_idx" ON "corroboration"("to_id");

-- AddForeignKey
ALTER TABLE "organization_alias" ADD CONSTRAINT "organization_alias_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_alias" ADD CONSTRAINT "person_alias_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_speaker_person_id_fkey" FOREIGN KEY ("speaker_person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_speaker_organization_id_fkey" FOREIGN KEY ("speaker_organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_via_id_fkey" FOREIGN KEY ("via_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_participant" ADD CONSTRAINT "meeting_participant_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_participant" ADD CONSTRAINT "meeting_participant_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_participant" ADD CONSTRAINT "meeting_participant_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_mention" ADD CONSTRAINT "meeting_mention_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_mention" ADD CONSTRAINT "meeting_mention_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_meeting" ADD CONSTRAINT "statement_meeting_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_meeting" ADD CONSTRAINT "statement_meeting_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corroboration" ADD CONSTRAINT "corroboration_from_id_fkey" FOREIGN KEY ("from_id") REFERENCES "statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corroboration" ADD CONSTRAINT "corroboration_to_id_fkey" FOREIGN KEY ("to_id") REFERENCES "statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Invariants Prisma cannot express (it leaves CHECK constraints alone when diffing).
ALTER TABLE "statement" ADD CONSTRAINT "statement_one_speaker_check" CHECK (num_nonnulls("speaker_person_id", "speaker_organization_id") <= 1);
ALTER TABLE "statement" ADD CONSTRAINT "statement_spans_check" CHECK (0 <= "cue_start" AND "cue_start" <= "cue_end" AND 0 <= "content_start" AND "content_start" <= "content_end");
ALTER TABLE "meeting_participant" ADD CONSTRAINT "meeting_participant_one_party_check" CHECK (num_nonnulls("person_id", "organization_id") = 1);
ALTER TABLE "mention" ADD CONSTRAINT "mention_one_entity_check" CHECK (num_nonnulls("person_id", "organization_id") = 1);
ALTER TABLE "corroboration" ADD CONSTRAINT "corroboration_ordered_check" CHECK ("from_id" < "to_id");
