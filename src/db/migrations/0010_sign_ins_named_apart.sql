-- A sign-in is no longer called a session, the word negotiating sessions keep: auth_sessions and
-- every constraint and index named after it become sign_ins.
ALTER TABLE "auth_sessions" RENAME TO "sign_ins";--> statement-breakpoint
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT conname AS name FROM pg_constraint
    WHERE connamespace = 'public'::regnamespace AND conname LIKE 'auth_sessions%' LOOP
    EXECUTE format('ALTER TABLE sign_ins RENAME CONSTRAINT %I TO %I', r.name,
      replace(r.name, 'auth_sessions', 'sign_ins'));
  END LOOP;
  FOR r IN SELECT indexname AS name FROM pg_indexes
    WHERE schemaname = 'public' AND indexname LIKE 'auth_sessions%' LOOP
    EXECUTE format('ALTER INDEX %I RENAME TO %I', r.name, replace(r.name, 'auth_sessions', 'sign_ins'));
  END LOOP;
END $$;
