using ActionPlanTracker.Data.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlanTracker.Data.Migrations
{
    /// <summary>
    /// Hash-chains the audit trail (docs/decisions/0004-audit-chain.md). The database computes the chain in a BEFORE
    /// INSERT trigger, so every writer (the application, a verb, psql) extends it the same way and concurrent
    /// transactions cannot fork it. The functions are in Sql/AuditChain.sql; the verifier recomputes every hash in C#
    /// (<c>AuditChain.Canonical</c>).
    /// </summary>
    public partial class AuditChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Nullable first: existing rows are chained below, then the columns become NOT NULL.
            migrationBuilder.AddColumn<long>(name: "sequence", table: "audit_events", type: "bigint", nullable: true);
            migrationBuilder.AddColumn<string>(name: "previous_hash", table: "audit_events", type: "character varying(64)", maxLength: 64, nullable: true);
            migrationBuilder.AddColumn<string>(name: "hash", table: "audit_events", type: "character varying(64)", maxLength: 64, nullable: true);

            // The functions and the trigger (Sql/AuditChain.sql); the trigger fires on INSERT only, so the rows
            // chained below are not touched by it.
            migrationBuilder.Sql(DatabaseObjects.AuditChainSql);

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
