using ActionPlanTracker.Data.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlanTracker.Data.Migrations
{
    /// <summary>
    /// Plan versions (a draft or adopted state, and the version each revises) and the lineage of commitments across
    /// versions. Every plan there was is an adopted first version; the data version tracks the lineage
    /// (Sql/DataVersion.sql applied again).
    /// </summary>
    public partial class PlanVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "previous_version_id",
                table: "action_plans",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "state",
                table: "action_plans",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Adopted");

            migrationBuilder.CreateTable(
                name: "commitment_lineage",
                columns: table => new
                {
                    successor_id = table.Column<int>(type: "integer", nullable: false),
                    predecessor_id = table.Column<int>(type: "integer", nullable: false),
                    carries = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commitment_lineage", x => new { x.successor_id, x.predecessor_id });
                    table.ForeignKey(
                        name: "fk_commitment_lineage_commitments_predecessor_id",
                        column: x => x.predecessor_id,
                        principalTable: "commitments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_commitment_lineage_commitments_successor_id",
                        column: x => x.successor_id,
                        principalTable: "commitments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_action_plans_previous_version_id",
                table: "action_plans",
                column: "previous_version_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_commitment_lineage_predecessor_id",
                table: "commitment_lineage",
                column: "predecessor_id");

            migrationBuilder.AddForeignKey(
                name: "fk_action_plans_action_plans_previous_version_id",
                table: "action_plans",
                column: "previous_version_id",
                principalTable: "action_plans",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.Sql(DatabaseObjects.DataVersionSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_action_plans_action_plans_previous_version_id",
                table: "action_plans");

            migrationBuilder.DropTable(
                name: "commitment_lineage");

            migrationBuilder.DropIndex(
                name: "ix_action_plans_previous_version_id",
                table: "action_plans");

            migrationBuilder.DropColumn(
                name: "previous_version_id",
                table: "action_plans");

            migrationBuilder.DropColumn(
                name: "state",
                table: "action_plans");
        }
    }
}
