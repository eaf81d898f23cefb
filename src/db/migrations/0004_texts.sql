CREATE TABLE "document_adoptions" (
	"document_id" text PRIMARY KEY NOT NULL,
	"revision" bigint NOT NULL,
	"hash" text NOT NULL,
	"signatories" jsonb NOT NULL,
	"signatures" jsonb NOT NULL,
	"opened_by" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"adopted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "document_proposals" (
	"id" text PRIMARY KEY NOT NULL,
	"document_id" text NOT NULL,
	"proposer_id" text NOT NULL,
	"submitted_by" text NOT NULL,
	"based_on_revision" bigint NOT NULL,
	"operation" jsonb NOT NULL,
	"rationale" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"taken_in_revision" bigint
);
--> statement-breakpoint
CREATE TABLE "document_revisions" (
	"document_id" text NOT NULL,
	"number" bigint NOT NULL,
	"label" text NOT NULL,
	"text" jsonb NOT NULL,
	"proposal_ids" jsonb NOT NULL,
	"cleanings" jsonb NOT NULL,
	"issued_by" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "document_revisions_document_id_number_pk" PRIMARY KEY("document_id","number")
);
--> statement-breakpoint
CREATE TABLE "document_stances" (
	"document_id" text NOT NULL,
	"provision_id" text NOT NULL,
	"participant_id" text NOT NULL,
	"stance" text NOT NULL,
	"comment" text NOT NULL,
	"revision" bigint NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "document_stances_document_id_provision_id_participant_id_pk" PRIMARY KEY("document_id","provision_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"language" text NOT NULL,
	"settings" jsonb NOT NULL,
	"current_revision" bigint NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document_adoptions" ADD CONSTRAINT "document_adoptions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_adoptions" ADD CONSTRAINT "document_adoptions_opened_by_participants_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_proposals" ADD CONSTRAINT "document_proposals_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_proposals" ADD CONSTRAINT "document_proposals_proposer_id_participants_id_fk" FOREIGN KEY ("proposer_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_proposals" ADD CONSTRAINT "document_proposals_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_revisions" ADD CONSTRAINT "document_revisions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_revisions" ADD CONSTRAINT "document_revisions_issued_by_participants_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_stances" ADD CONSTRAINT "document_stances_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_stances" ADD CONSTRAINT "document_stances_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_stances" ADD CONSTRAINT "document_stances_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_proposals_document_idx" ON "document_proposals" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "documents_round_idx" ON "documents" USING btree ("round_id");