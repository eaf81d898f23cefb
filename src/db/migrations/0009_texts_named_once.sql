-- Negotiating texts have one name in code, API, policy and storage: "text" (it was "document").
-- Every table, column, constraint and index named after documents is renamed the same way.
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT tablename AS name FROM pg_tables
    WHERE schemaname = 'public' AND tablename LIKE 'document%' LOOP
    EXECUTE format('ALTER TABLE %I RENAME TO %I', r.name, replace(r.name, 'document', 'text'));
  END LOOP;
  FOR r IN SELECT table_name AS name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'document_id' LOOP
    EXECUTE format('ALTER TABLE %I RENAME COLUMN document_id TO text_id', r.name);
  END LOOP;
  FOR r IN SELECT conrelid::regclass::text AS tbl, conname AS name FROM pg_constraint
    WHERE connamespace = 'public'::regnamespace AND conname LIKE '%document%' LOOP
    EXECUTE format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', r.tbl, r.name,
      replace(r.name, 'document', 'text'));
  END LOOP;
  FOR r IN SELECT indexname AS name FROM pg_indexes
    WHERE schemaname = 'public' AND indexname LIKE '%document%' LOOP
    EXECUTE format('ALTER INDEX %I RENAME TO %I', r.name, replace(r.name, 'document', 'text'));
  END LOOP;
END $$;
