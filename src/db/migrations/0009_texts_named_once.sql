-- Negotiating texts have one name in code, API, policy and storage: "text" (it was "document" here).
ALTER TABLE "documents" RENAME TO "texts";--> statement-breakpoint
ALTER TABLE "document_revisions" RENAME TO "text_revisions";--> statement-breakpoint
ALTER TABLE "document_proposals" RENAME TO "text_proposals";--> statement-breakpoint
ALTER TABLE "document_stances" RENAME TO "text_stances";--> statement-breakpoint
ALTER TABLE "document_adoptions" RENAME TO "text_adoptions";--> statement-breakpoint
ALTER TABLE "document_language_entries" RENAME TO "text_language_entries";--> statement-breakpoint
ALTER TABLE "text_revisions" RENAME COLUMN "document_id" TO "text_id";--> statement-breakpoint
ALTER TABLE "text_proposals" RENAME COLUMN "document_id" TO "text_id";--> statement-breakpoint
ALTER TABLE "text_stances" RENAME COLUMN "document_id" TO "text_id";--> statement-breakpoint
ALTER TABLE "text_adoptions" RENAME COLUMN "document_id" TO "text_id";--> statement-breakpoint
ALTER TABLE "text_language_entries" RENAME COLUMN "document_id" TO "text_id";--> statement-breakpoint
ALTER INDEX "documents_round_idx" RENAME TO "texts_round_idx";--> statement-breakpoint
ALTER INDEX "document_proposals_document_idx" RENAME TO "text_proposals_text_idx";--> statement-breakpoint
ALTER TABLE "texts" RENAME CONSTRAINT "documents_round_id_rounds_id_fk" TO "texts_round_id_rounds_id_fk";--> statement-breakpoint
ALTER TABLE "texts" RENAME CONSTRAINT "documents_created_by_users_id_fk" TO "texts_created_by_users_id_fk";--> statement-breakpoint
ALTER TABLE "text_revisions" RENAME CONSTRAINT "document_revisions_document_id_documents_id_fk" TO "text_revisions_text_id_texts_id_fk";--> statement-breakpoint
ALTER TABLE "text_revisions" RENAME CONSTRAINT "document_revisions_issued_by_participants_id_fk" TO "text_revisions_issued_by_participants_id_fk";--> statement-breakpoint
ALTER TABLE "text_revisions" RENAME CONSTRAINT "document_revisions_document_id_number_pk" TO "text_revisions_text_id_number_pk";--> statement-breakpoint
ALTER TABLE "text_proposals" RENAME CONSTRAINT "document_proposals_document_id_documents_id_fk" TO "text_proposals_text_id_texts_id_fk";--> statement-breakpoint
ALTER TABLE "text_proposals" RENAME CONSTRAINT "document_proposals_proposer_id_participants_id_fk" TO "text_proposals_proposer_id_participants_id_fk";--> statement-breakpoint
ALTER TABLE "text_proposals" RENAME CONSTRAINT "document_proposals_submitted_by_users_id_fk" TO "text_proposals_submitted_by_users_id_fk";--> statement-breakpoint
ALTER TABLE "text_proposals" RENAME CONSTRAINT "document_proposals_closed_by_users_id_fk" TO "text_proposals_closed_by_users_id_fk";--> statement-breakpoint
ALTER TABLE "text_stances" RENAME CONSTRAINT "document_stances_document_id_documents_id_fk" TO "text_stances_text_id_texts_id_fk";--> statement-breakpoint
ALTER TABLE "text_stances" RENAME CONSTRAINT "document_stances_participant_id_participants_id_fk" TO "text_stances_participant_id_participants_id_fk";--> statement-breakpoint
ALTER TABLE "text_stances" RENAME CONSTRAINT "document_stances_updated_by_users_id_fk" TO "text_stances_updated_by_users_id_fk";--> statement-breakpoint
ALTER TABLE "text_stances" RENAME CONSTRAINT "document_stances_document_id_provision_id_participant_id_pk" TO "text_stances_text_id_provision_id_participant_id_pk";--> statement-breakpoint
ALTER TABLE "text_adoptions" RENAME CONSTRAINT "document_adoptions_document_id_documents_id_fk" TO "text_adoptions_text_id_texts_id_fk";--> statement-breakpoint
ALTER TABLE "text_adoptions" RENAME CONSTRAINT "document_adoptions_opened_by_participants_id_fk" TO "text_adoptions_opened_by_participants_id_fk";--> statement-breakpoint
ALTER TABLE "text_language_entries" RENAME CONSTRAINT "document_language_entries_document_id_documents_id_fk" TO "text_language_entries_text_id_texts_id_fk";--> statement-breakpoint
ALTER TABLE "text_language_entries" RENAME CONSTRAINT "document_language_entries_by_participant_participants_id_fk" TO "text_language_entries_by_participant_participants_id_fk";--> statement-breakpoint
ALTER TABLE "text_language_entries" RENAME CONSTRAINT "document_language_entries_by_user_users_id_fk" TO "text_language_entries_by_user_users_id_fk";--> statement-breakpoint
ALTER TABLE "text_language_entries" RENAME CONSTRAINT "document_language_entries_document_id_seq_pk" TO "text_language_entries_text_id_seq_pk";--> statement-breakpoint
ALTER INDEX "documents_pkey" RENAME TO "texts_pkey";--> statement-breakpoint
ALTER INDEX "document_proposals_pkey" RENAME TO "text_proposals_pkey";--> statement-breakpoint
ALTER INDEX "document_adoptions_pkey" RENAME TO "text_adoptions_pkey";
