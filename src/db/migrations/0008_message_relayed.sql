ALTER TABLE "messages" ADD COLUMN "relayed_at" timestamp with time zone;--> statement-breakpoint
-- Messages relayed before this migration: the first relay citing them.
UPDATE "messages" m SET "relayed_at" = r.first_at
FROM (SELECT "relay_source_id" AS id, min("created_at") AS first_at FROM "messages"
      WHERE "relay_source_id" IS NOT NULL GROUP BY "relay_source_id") r
WHERE m."id" = r.id;
