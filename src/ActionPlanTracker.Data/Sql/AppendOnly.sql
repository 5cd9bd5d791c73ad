-- Tables that keep a record: appended to, never changed, never emptied, whoever writes (the application, a verb, psql).
-- The tables come from DatabaseObjects.AppendOnlyTables; a table that does not exist yet is skipped, so the migration
-- that creates one applies this script again. Safe to apply any number of times.
CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% on % is refused: the table is append-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY {{append_only_tables}} LOOP
        IF to_regclass(t) IS NOT NULL THEN
            EXECUTE format('CREATE OR REPLACE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION refuse_change()', t || '_append_only', t);
            EXECUTE format('CREATE OR REPLACE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()', t || '_no_truncate', t);
        END IF;
    END LOOP;
END
$$;
