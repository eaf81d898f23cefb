-- A sign-in is no longer called a session, the word negotiating sessions keep.
ALTER TABLE "auth_sessions" RENAME TO "sign_ins";--> statement-breakpoint
ALTER INDEX "auth_sessions_token_key" RENAME TO "sign_ins_token_key";--> statement-breakpoint
ALTER INDEX "auth_sessions_user_idx" RENAME TO "sign_ins_user_idx";--> statement-breakpoint
ALTER INDEX "auth_sessions_pkey" RENAME TO "sign_ins_pkey";--> statement-breakpoint
ALTER TABLE "sign_ins" RENAME CONSTRAINT "auth_sessions_user_id_users_id_fk" TO "sign_ins_user_id_users_id_fk";
