-- Meeting resolution at ingest (src/ingest/meetings.ts findMeeting, src/ingest/batch.ts) looks for
-- the meetings of the same kind, with a participant of the new meeting, whose dates can agree.
-- Through meeting_participant(person_id) that read every meeting the participant ever had (a
-- prolific minister: thousands) and then filtered them by date. Two indexes bound it:
--
--  * meeting.date_range, the meeting's days as a range (NULL when undated), with a GiST index: a
--    dated meeting's candidates are the meetings overlapping its days (&&), however long the
--    participants' history. The bounds are LEAST/GREATEST of date and end_date so that a range is
--    never invalid (an end before the start would make daterange() fail the INSERT); the exact
--    overlap rule is still checked on date and end_date.
--  * meeting_participant(person_id, meeting_id) and (organization_id, meeting_id), replacing the
--    single-column indexes (their prefixes): an undated meeting's candidates are the participant's
--    200 most recent meetings of the kind, read newest first from the index.
ALTER TABLE "meeting" ADD COLUMN "date_range" daterange GENERATED ALWAYS AS (
  CASE WHEN "date" IS NULL THEN NULL
       ELSE daterange(LEAST("date", COALESCE("end_date", "date")), GREATEST("date", COALESCE("end_date", "date")), '[]')
  END
) STORED;

CREATE INDEX "meeting_date_range_idx" ON "meeting" USING GIST ("date_range");

DROP INDEX "meeting_participant_person_id_idx";
DROP INDEX "meeting_participant_organization_id_idx";
CREATE INDEX "meeting_participant_person_id_meeting_id_idx" ON "meeting_participant"("person_id", "meeting_id");
CREATE INDEX "meeting_participant_organization_id_meeting_id_idx" ON "meeting_participant"("organization_id", "meeting_id");
