using ActionPlanTracker.Data.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlanTracker.Data.Migrations
{
    /// <summary>
    /// The plans each cycle monitors. Every cycle there was monitored every plan there was (its slots were made from all
    /// commitments), so each gets every plan; the data version tracks the new table (Sql/DataVersion.sql applied again).
    /// </summary>
    public partial class CyclePlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cycle_plans",
                columns: table => new
                {
                    cycle_id = table.Column<int>(type: "integer", nullable: false),
                    plan_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cycle_plans", x => new { x.cycle_id, x.plan_id });
                    table.ForeignKey(
                        name: "fk_cycle_plans_action_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "action_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cycle_plans_cycles_cycle_id",
                        column: x => x.cycle_id,
                        principalTable: "reporting_cycles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cycle_plans_plan_id",
                table: "cycle_plans",
                column: "plan_id");

            migrationBuilder.Sql("INSERT INTO cycle_plans (cycle_id, plan_id) SELECT c.id, p.id FROM reporting_cycles c CROSS JOIN action_plans p;");
            migrationBuilder.Sql(DatabaseObjects.DataVersionSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cycle_plans");
        }
    }
}
