using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlanTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class DataVersion : Migration
    {
        // As the migration found them; a table added later gets its trigger in its own migration (a test checks every table).
        private static readonly string[] Tracked =
        [
            "action_plans", "pillars", "priorities", "commitments", "commitment_priorities", "members", "reporting_cycles",
            "progress_reports", "report_revisions", "indicators", "indicator_values", "attachments", "notifications",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_version",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    stamp = table.Column<Guid>(type: "uuid", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_version", x => x.id);
                    table.CheckConstraint("ck_data_version_single_row", "id = 1");
                });

            // One row, one new random stamp per writing statement on the plan and progress tables, in that statement's
            // transaction. Statement triggers: a COPY or an UPDATE of a thousand rows moves it once. Writers already
            // queue on the audit chain's lock, so the row's lock adds no waiting.
            migrationBuilder.Sql("""
                INSERT INTO data_version (id, stamp, changed_at) VALUES (1, gen_random_uuid(), now());

                CREATE FUNCTION data_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE data_version SET stamp = gen_random_uuid(), changed_at = clock_timestamp() WHERE id = 1;
                    RETURN NULL;
                END
                $$;
                """);
            foreach (var table in Tracked)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER data_version_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
                        FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump();
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tracked)
            {
                migrationBuilder.Sql($"DROP TRIGGER data_version_bump ON {table};");
            }

            migrationBuilder.Sql("DROP FUNCTION data_version_bump();");
            migrationBuilder.DropTable(
                name: "data_version");
        }
    }
}
