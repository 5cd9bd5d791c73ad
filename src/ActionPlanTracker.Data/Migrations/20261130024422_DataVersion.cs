using System;
using ActionPlanTracker.Data.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlanTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class DataVersion : Migration
    {
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

            // The one row, then the statement triggers that give it a new stamp (Sql/DataVersion.sql).
            migrationBuilder.Sql("INSERT INTO data_version (id, stamp, changed_at) VALUES (1, gen_random_uuid(), now());");
            migrationBuilder.Sql(DatabaseObjects.DataVersionSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Dropping the function drops every trigger that calls it.
            migrationBuilder.Sql("DROP FUNCTION data_version_bump() CASCADE;");
            migrationBuilder.DropTable(
                name: "data_version");
        }
    }
}
