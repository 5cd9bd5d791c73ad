using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlanTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class CommitmentReportsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_progress_reports_commitment_id",
                table: "progress_reports");

            migrationBuilder.CreateIndex(
                name: "ix_progress_reports_commitment_id_cycle_id_member_id",
                table: "progress_reports",
                columns: new[] { "commitment_id", "cycle_id", "member_id" })
                .Annotation("Npgsql:IndexInclude", new[] { "id", "state", "completion", "last_changed_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_progress_reports_commitment_id_cycle_id_member_id",
                table: "progress_reports");

            migrationBuilder.CreateIndex(
                name: "ix_progress_reports_commitment_id",
                table: "progress_reports",
                column: "commitment_id");
        }
    }
}
