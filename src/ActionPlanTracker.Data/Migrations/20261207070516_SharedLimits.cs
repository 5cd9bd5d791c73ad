using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlanTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class SharedLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "limit_counters",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    window_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_limit_counters", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "unknown_account_failures",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    failures = table.Column<int>(type: "integer", nullable: false),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unknown_account_failures", x => x.name);
                });

            migrationBuilder.CreateIndex(
                name: "ix_limit_counters_window_start",
                table: "limit_counters",
                column: "window_start");

            migrationBuilder.CreateIndex(
                name: "ix_unknown_account_failures_changed_at",
                table: "unknown_account_failures",
                column: "changed_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "limit_counters");

            migrationBuilder.DropTable(
                name: "unknown_account_failures");
        }
    }
}
