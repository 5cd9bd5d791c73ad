using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlanTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class Localisation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "preferred_language",
                table: "users",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "text_fr",
                table: "priorities",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "title_fr",
                table: "priorities",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "lead_sentence_fr",
                table: "pillars",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "title_fr",
                table: "pillars",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "name_fr",
                table: "members",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "short_title_fr",
                table: "commitments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "text_fr",
                table: "commitments",
                type: "text",
                nullable: true);

            migrationBuilder.Sql("ALTER TABLE users ADD CONSTRAINT ck_users_preferred_language CHECK (preferred_language IN ('en', 'fr'));");

            // The members' names in French for databases seeded before they were in the seed.
            migrationBuilder.Sql("""
                UPDATE members AS m SET name_fr = v.name_fr
                FROM (VALUES ('CA', 'Canada'), ('FR', 'France'), ('DE', 'Allemagne'), ('IT', 'Italie'), ('JP', 'Japon'),
                             ('GB', 'Royaume-Uni'), ('US', 'États-Unis'), ('EU', 'Union européenne')) AS v(code, name_fr)
                WHERE m.code = v.code AND m.name_fr IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE users DROP CONSTRAINT ck_users_preferred_language;");

            migrationBuilder.DropColumn(
                name: "preferred_language",
                table: "users");

            migrationBuilder.DropColumn(
                name: "text_fr",
                table: "priorities");

            migrationBuilder.DropColumn(
                name: "title_fr",
                table: "priorities");

            migrationBuilder.DropColumn(
                name: "lead_sentence_fr",
                table: "pillars");

            migrationBuilder.DropColumn(
                name: "title_fr",
                table: "pillars");

            migrationBuilder.DropColumn(
                name: "name_fr",
                table: "members");

            migrationBuilder.DropColumn(
                name: "short_title_fr",
                table: "commitments");

            migrationBuilder.DropColumn(
                name: "text_fr",
                table: "commitments");
        }
    }
}
