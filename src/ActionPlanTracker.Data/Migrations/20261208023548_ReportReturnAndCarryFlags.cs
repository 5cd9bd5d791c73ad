using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlanTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportReturnAndCarryFlags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "carried_unedited",
                table: "progress_reports",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "changed_since_return",
                table: "progress_reports",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "return_count",
                table: "progress_reports",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Existing reports read from their revisions: how often each was returned; whether its level or text differs
            // from what it was at its latest return; whether it still holds the words it was carried forward with.
            migrationBuilder.Sql("""
                UPDATE progress_reports r SET return_count = x.n
                FROM (SELECT progress_report_id, count(*) AS n FROM report_revisions WHERE action = 'Returned' GROUP BY progress_report_id) x
                WHERE x.progress_report_id = r.id;

                UPDATE progress_reports r
                SET changed_since_return = (r.completion, r.narrative, r.next_steps, r.challenges, r.evidence, r.not_applicable_reason)
                    IS DISTINCT FROM (v.completion, v.narrative, v.next_steps, v.challenges, v.evidence, v.not_applicable_reason)
                FROM (SELECT DISTINCT ON (progress_report_id) * FROM report_revisions WHERE action = 'Returned'
                      ORDER BY progress_report_id, number DESC) v
                WHERE v.progress_report_id = r.id;

                UPDATE progress_reports r SET carried_unedited = true
                WHERE EXISTS (SELECT 1 FROM report_revisions v
                              WHERE v.progress_report_id = r.id AND v.action = 'CarriedForward'
                                AND (r.completion, r.narrative, r.next_steps, r.challenges, r.evidence, r.not_applicable_reason)
                                    IS NOT DISTINCT FROM (v.completion, v.narrative, v.next_steps, v.challenges, v.evidence, v.not_applicable_reason));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "carried_unedited",
                table: "progress_reports");

            migrationBuilder.DropColumn(
                name: "changed_since_return",
                table: "progress_reports");

            migrationBuilder.DropColumn(
                name: "return_count",
                table: "progress_reports");
        }
    }
}
