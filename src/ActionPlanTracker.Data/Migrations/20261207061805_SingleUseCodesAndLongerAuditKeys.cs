using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlanTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class SingleUseCodesAndLongerAuditKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "last_authenticator_step",
                table: "users",
                type: "bigint",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "entity_key",
                table: "audit_events",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "last_authenticator_step",
                table: "users");

            migrationBuilder.AlterColumn<string>(
                name: "entity_key",
                table: "audit_events",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300);
        }
    }
}
