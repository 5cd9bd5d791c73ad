-- One row, one new random stamp per writing statement on the tables pages keep in memory, in that statement's
-- transaction. Statement triggers: a COPY or an UPDATE of a thousand rows moves it once. Writers already queue on the
-- audit chain's lock, so the row's lock adds no waiting. The tables come from DataVersion.TrackedTables; a table that
-- does not exist yet is skipped, so the migration that creates one applies this script again. Safe to apply any
-- number of times.
CREATE OR REPLACE FUNCTION data_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_version SET stamp = gen_random_uuid(), changed_at = clock_timestamp() WHERE id = 1;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY {{data_version_tables}} LOOP
        IF to_regclass(t) IS NOT NULL THEN
            EXECUTE format('CREATE OR REPLACE TRIGGER data_version_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump()', t);
        END IF;
    END LOOP;
END
$$;
