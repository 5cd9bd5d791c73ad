using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlanTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlanTitleFr : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "title_fr",
                table: "action_plans",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "title_fr",
                table: "action_plans");
        }
    }
}
