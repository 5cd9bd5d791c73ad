using System;
using System.Collections.Generic;
using ActionPlanTracker.Data.Sql;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ActionPlanTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "action_plans",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    adopted_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    adopted_at = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    meeting_start = table.Column<DateOnly>(type: "date", nullable: false),
                    meeting_end = table.Column<DateOnly>(type: "date", nullable: false),
                    source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_action_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_members", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_cycles",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    submission_deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    meeting_date = table.Column<DateOnly>(type: "date", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reporting_cycles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pillars",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    action_plan_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    numeral = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    lead_sentence = table.Column<string>(type: "text", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pillars", x => x.id);
                    table.ForeignKey(
                        name: "fk_pillars_action_plans_action_plan_id",
                        column: x => x.action_plan_id,
                        principalTable: "action_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "priorities",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    action_plan_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_priorities", x => x.id);
                    table.ForeignKey(
                        name: "fk_priorities_action_plans_action_plan_id",
                        column: x => x.action_plan_id,
                        principalTable: "action_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "commitments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    pillar_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    short_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commitments", x => x.id);
                    table.ForeignKey(
                        name: "fk_commitments_pillars_pillar_id",
                        column: x => x.pillar_id,
                        principalTable: "pillars",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "commitment_priorities",
                columns: table => new
                {
                    commitments_id = table.Column<int>(type: "integer", nullable: false),
                    priorities_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commitment_priorities", x => new { x.commitments_id, x.priorities_id });
                    table.ForeignKey(
                        name: "fk_commitment_priorities_commitments_commitments_id",
                        column: x => x.commitments_id,
                        principalTable: "commitments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_commitment_priorities_priorities_priorities_id",
                        column: x => x.priorities_id,
                        principalTable: "priorities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "progress_reports",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    cycle_id = table.Column<int>(type: "integer", nullable: false),
                    member_id = table.Column<int>(type: "integer", nullable: false),
                    commitment_id = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    completion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    narrative = table.Column<string>(type: "text", nullable: false),
                    next_steps = table.Column<string>(type: "text", nullable: false),
                    challenges = table.Column<string>(type: "text", nullable: false),
                    evidence = table.Column<List<string>>(type: "text[]", nullable: false),
                    not_applicable_reason = table.Column<string>(type: "text", nullable: true),
                    review_comment = table.Column<string>(type: "text", nullable: true),
                    last_changed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    last_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    revision_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_progress_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_progress_reports_commitments_commitment_id",
                        column: x => x.commitment_id,
                        principalTable: "commitments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_progress_reports_cycles_cycle_id",
                        column: x => x.cycle_id,
                        principalTable: "reporting_cycles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_progress_reports_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "report_revisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    progress_report_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    completion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    narrative = table.Column<string>(type: "text", nullable: false),
                    next_steps = table.Column<string>(type: "text", nullable: false),
                    challenges = table.Column<string>(type: "text", nullable: false),
                    evidence = table.Column<List<string>>(type: "text[]", nullable: false),
                    not_applicable_reason = table.Column<string>(type: "text", nullable: true),
                    comment = table.Column<string>(type: "text", nullable: true),
                    actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_report_revisions_reports_progress_report_id",
                        column: x => x.progress_report_id,
                        principalTable: "progress_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_action_plans_key",
                table: "action_plans",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_commitment_priorities_priorities_id",
                table: "commitment_priorities",
                column: "priorities_id");

            migrationBuilder.CreateIndex(
                name: "ix_commitments_pillar_id_code",
                table: "commitments",
                columns: new[] { "pillar_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_commitments_pillar_id_number",
                table: "commitments",
                columns: new[] { "pillar_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_members_code",
                table: "members",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_pillars_action_plan_id_number",
                table: "pillars",
                columns: new[] { "action_plan_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_priorities_action_plan_id_number",
                table: "priorities",
                columns: new[] { "action_plan_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_progress_reports_commitment_id",
                table: "progress_reports",
                column: "commitment_id");

            migrationBuilder.CreateIndex(
                name: "ix_progress_reports_cycle_id_member_id_commitment_id",
                table: "progress_reports",
                columns: new[] { "cycle_id", "member_id", "commitment_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_progress_reports_member_id",
                table: "progress_reports",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_report_revisions_at",
                table: "report_revisions",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_report_revisions_progress_report_id_number",
                table: "report_revisions",
                columns: new[] { "progress_report_id", "number" });

            migrationBuilder.CreateIndex(
                name: "ix_reporting_cycles_code",
                table: "reporting_cycles",
                column: "code",
                unique: true);

            // Revisions are the record of who changed what: the database itself refuses to change or remove them.
            migrationBuilder.Sql(DatabaseObjects.AppendOnlySql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER report_revisions_no_truncate ON report_revisions;
                DROP TRIGGER report_revisions_append_only ON report_revisions;
                DROP FUNCTION refuse_change();
                """);

            migrationBuilder.DropTable(
                name: "commitment_priorities");

            migrationBuilder.DropTable(
                name: "report_revisions");

            migrationBuilder.DropTable(
                name: "priorities");

            migrationBuilder.DropTable(
                name: "progress_reports");

            migrationBuilder.DropTable(
                name: "commitments");

            migrationBuilder.DropTable(
                name: "reporting_cycles");

            migrationBuilder.DropTable(
                name: "members");

            migrationBuilder.DropTable(
                name: "pillars");

            migrationBuilder.DropTable(
                name: "action_plans");
        }
    }
}
