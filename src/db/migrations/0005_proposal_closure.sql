ALTER TABLE "document_proposals" ADD COLUMN "closed_as" text;--> statement-breakpoint
ALTER TABLE "document_proposals" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "document_proposals" ADD COLUMN "closed_by" text;--> statement-breakpoint
ALTER TABLE "document_proposals" ADD COLUMN "decline_reason" text;--> statement-breakpoint
ALTER TABLE "document_proposals" ADD CONSTRAINT "document_proposals_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;