using ActionPlanTracker.Data.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlanTracker.Data.Migrations
{
    /// <summary>
    /// Members as data (G7 member or coalition partner, reporting, active; every member there was is a reporting G7
    /// member) and the G7 presidency of each year, which the data version tracks (Sql/DataVersion.sql applied again).
    /// </summary>
    public partial class MembersAndPresidencies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_active",
                table: "members",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_g7_member",
                table: "members",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "reports",
                table: "members",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.CreateTable(
                name: "presidencies",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    member_id = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_presidencies", x => x.year);
                    table.CheckConstraint("ck_presidencies_year", "year BETWEEN 1975 AND 2100");
                    table.ForeignKey(
                        name: "fk_presidencies_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_presidencies_member_id",
                table: "presidencies",
                column: "member_id");

            migrationBuilder.Sql(DatabaseObjects.DataVersionSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "presidencies");

            migrationBuilder.DropColumn(
                name: "is_active",
                table: "members");

            migrationBuilder.DropColumn(
                name: "is_g7_member",
                table: "members");

            migrationBuilder.DropColumn(
                name: "reports",
                table: "members");
        }
    }
}
