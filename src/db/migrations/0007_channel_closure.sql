ALTER TABLE "channels" ADD COLUMN "closure" jsonb;--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "session_channels_close_at_end" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Channels opened before this migration whose session has since moved to another format were left
-- open: close them now, as a format change does from here on.
UPDATE "channels" c SET "closure" = jsonb_build_object(
  'reason', 'format_changed',
  'to', s."format",
  'at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
)
FROM "sessions" s
WHERE c."session_id" = s."id" AND c."closure" IS NULL
  AND (c."kind" <> s."format" OR c."listed_participant_ids" <> (
    SELECT coalesce(jsonb_agg(p ORDER BY p), '[]'::jsonb) FROM jsonb_array_elements_text(s."participant_ids") p
  ));
