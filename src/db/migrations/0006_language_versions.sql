CREATE TABLE "document_language_entries" (
	"document_id" text NOT NULL,
	"seq" bigint NOT NULL,
	"language" text NOT NULL,
	"kind" text NOT NULL,
	"at_revision" bigint NOT NULL,
	"revision" bigint,
	"status" text,
	"title" text,
	"text" jsonb,
	"hash" text,
	"provision_ids" jsonb,
	"flags" jsonb NOT NULL,
	"by_participant" text NOT NULL,
	"by_user" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "document_language_entries_document_id_seq_pk" PRIMARY KEY("document_id","seq")
);
--> statement-breakpoint
ALTER TABLE "document_language_entries" ADD CONSTRAINT "document_language_entries_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_language_entries" ADD CONSTRAINT "document_language_entries_by_participant_participants_id_fk" FOREIGN KEY ("by_participant") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_language_entries" ADD CONSTRAINT "document_language_entries_by_user_users_id_fk" FOREIGN KEY ("by_user") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;