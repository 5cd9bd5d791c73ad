using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlanTracker.Data.Migrations
{
    /// <summary>
    /// Hash-chains the audit trail (docs/decisions/0004-audit-chain.md). The database computes the chain in a BEFORE
    /// INSERT trigger, so every writer (the application, a verb, psql) extends it the same way and concurrent
    /// transactions cannot fork it. <c>AuditChain.Canonical</c> in Data/Auditing must stay byte-for-byte the same as
    /// <c>audit_chain_hash</c> below: the verifier recomputes every hash in C#.
    /// </summary>
    public partial class AuditChain : Migration
    {
        /// <summary>The advisory lock that serialises appends to the chain; any constant no other code uses.</summary>
        private const long ChainLock = 0x4150_5441_7564_6974; // "APTAudit"

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Nullable first: existing rows are chained below, then the columns become NOT NULL.
            migrationBuilder.AddColumn<long>(name: "sequence", table: "audit_events", type: "bigint", nullable: true);
            migrationBuilder.AddColumn<string>(name: "previous_hash", table: "audit_events", type: "character varying(64)", maxLength: 64, nullable: true);
            migrationBuilder.AddColumn<string>(name: "hash", table: "audit_events", type: "character varying(64)", maxLength: 64, nullable: true);

            // The canonical content: the previous hash, then each field as "<UTF-8 byte length>:<text>" ("-" for
            // null), one a line. Length prefixes make it unambiguous whatever the values hold. `at` in UTC with
            // microseconds (what timestamptz keeps); before/after as jsonb prints them, which is also exactly what
            // a client reads back, so the JSON columns stay jsonb and need no separate canonical form.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_chain_field(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
                    SELECT CASE WHEN value IS NULL THEN '-' ELSE octet_length(value)::text || ':' || value END
                $$;

                CREATE FUNCTION audit_chain_hash(
                    previous_hash text, sequence bigint, at timestamptz, actor text, entity text, entity_key text,
                    action text, member_id integer, before jsonb, after jsonb) RETURNS text LANGUAGE sql STABLE AS $$
                    SELECT encode(sha256(convert_to(concat_ws(E'\n',
                        previous_hash,
                        audit_chain_field(sequence::text),
                        audit_chain_field(to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
                        audit_chain_field(actor),
                        audit_chain_field(entity),
                        audit_chain_field(entity_key),
                        audit_chain_field(action),
                        audit_chain_field(member_id::text),
                        audit_chain_field(before::text),
                        audit_chain_field(after::text)), 'UTF8')), 'hex')
                $$;
                """);

            // Existing rows, in the order they were written.
            migrationBuilder.Sql("""
                ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
                DO $$
                DECLARE
                    r record;
                    n bigint := 0;
                    previous text := repeat('0', 64);
                BEGIN
                    FOR r IN SELECT * FROM audit_events ORDER BY id LOOP
                        n := n + 1;
                        UPDATE audit_events
                        SET sequence = n, previous_hash = previous,
                            hash = audit_chain_hash(previous, n, r.at, r.actor, r.entity, r.entity_key, r.action, r.member_id, r.before, r.after)
                        WHERE id = r.id
                        RETURNING hash INTO previous;
                    END LOOP;
                END
                $$;
                ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;
                ALTER TABLE audit_events
                    ALTER COLUMN sequence SET NOT NULL,
                    ALTER COLUMN previous_hash SET NOT NULL,
                    ALTER COLUMN hash SET NOT NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_sequence",
                table: "audit_events",
                column: "sequence",
                unique: true);

            // Each new row: wait for the chain (the lock is held until this transaction ends, so the next writer
            // sees this row committed, or not at all if it rolls back: no fork, no gap), then link to the last row.
            // Values the writer sent for these three columns are ignored.
            migrationBuilder.Sql($$"""
                CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    last_sequence bigint;
                    last_hash text;
                BEGIN
                    PERFORM pg_advisory_xact_lock({{ChainLock}});
                    SELECT sequence, hash INTO last_sequence, last_hash FROM audit_events ORDER BY sequence DESC LIMIT 1;
                    NEW.sequence := COALESCE(last_sequence, 0) + 1;
                    NEW.previous_hash := COALESCE(last_hash, repeat('0', 64));
                    NEW.hash := audit_chain_hash(NEW.previous_hash, NEW.sequence, NEW.at, NEW.actor, NEW.entity,
                        NEW.entity_key, NEW.action, NEW.member_id, NEW.before, NEW.after);
                    RETURN NEW;
                END
                $$;
                CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
                    FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER audit_events_chain ON audit_events;
                DROP FUNCTION audit_events_chain();
                DROP FUNCTION audit_chain_hash(text, bigint, timestamptz, text, text, text, text, integer, jsonb, jsonb);
                DROP FUNCTION audit_chain_field(text);
                """);

            migrationBuilder.DropIndex(
                name: "ix_audit_events_sequence",
                table: "audit_events");

            migrationBuilder.DropColumn(
                name: "hash",
                table: "audit_events");

            migrationBuilder.DropColumn(
                name: "previous_hash",
                table: "audit_events");

            migrationBuilder.DropColumn(
                name: "sequence",
                table: "audit_events");
        }
    }
}
