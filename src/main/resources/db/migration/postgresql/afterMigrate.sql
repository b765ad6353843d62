-- operations: after every migration on PostgreSQL, the application's role (placeholder
-- liaison_app_role, from LIAISON_DB_APP_ROLE; empty skips this) may read and write the data but
-- only read and append the audit trail: SELECT and INSERT on audit_* and *_aud tables, nothing
-- else. Erasure of a person overwrites the name columns of that person's audit rows, so those
-- two columns may be updated. Run by Flyway as the migration role that owns the tables.
DO $$
DECLARE
    app text := '${liaison_app_role}';
    t record;
BEGIN
    IF app = '' THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app);
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP
        IF t.tablename LIKE '%\_aud' OR t.tablename LIKE 'audit\_%' THEN
            EXECUTE format('REVOKE ALL ON %I FROM %I', t.tablename, app);
            EXECUTE format('GRANT SELECT, INSERT ON %I TO %I', t.tablename, app);
        ELSIF t.tablename <> 'flyway_schema_history' THEN
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO %I', t.tablename, app);
        END IF;
    END LOOP;
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app);
    IF to_regclass('person_name_aud') IS NOT NULL THEN
        EXECUTE format('GRANT UPDATE (text) ON person_name_aud TO %I', app);
        EXECUTE format('GRANT UPDATE (description) ON person_aud TO %I', app);
    END IF;
END $$;
