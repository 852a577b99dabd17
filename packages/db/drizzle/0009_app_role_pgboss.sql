-- pg-boss installs itself at the server's first boot, as stride_app, and its installer starts
-- with CREATE SCHEMA IF NOT EXISTS, which PostgreSQL checks against the database's CREATE
-- privilege even though 0008 already made the schema. Schemas stride_app creates are its own;
-- it still owns no tenant table, so it cannot alter or drop their row-level security.
DO $$
BEGIN
  EXECUTE format('GRANT CREATE ON DATABASE %I TO stride_app', current_database());
END $$;
