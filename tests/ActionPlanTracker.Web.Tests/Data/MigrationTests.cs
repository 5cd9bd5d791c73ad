using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ActionPlanTracker.Web.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_leave_nothing_pending()
    {
        await using var db = TestPostgres.CreateContext(await TestPostgres.CreateDatabaseAsync(migrated: false));
        Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync());

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Reports.CountAsync());
    }

    [Fact]
    public async Task Model_has_no_changes_missing_from_the_migrations()
    {
        await using var db = TestPostgres.CreateContext(await TestPostgres.CreateDatabaseAsync());

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed: add a migration (dotnet ef migrations add).");
    }

    [Fact]
    public async Task Members_of_a_database_from_before_members_were_data_stay_reporting_G7_members()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(migrated: false);
        await using var db = TestPostgres.CreateContext(connectionString);
        var migrator = db.GetInfrastructure().GetRequiredService<IMigrator>();
        await migrator.MigrateAsync("20261207070516_SharedLimits");
        await db.Database.ExecuteSqlRawAsync("INSERT INTO members (code, name, sort_order) VALUES ('FR', 'France', 20), ('DE', 'Germany', 30)");

        await migrator.MigrateAsync();

        var members = await db.Members.AsNoTracking().OrderBy(m => m.SortOrder).ToListAsync();
        Assert.Equal(["FR", "DE"], members.Select(m => m.Code));
        Assert.All(members, m => Assert.True(m.IsG7Member && m.Reports && m.IsActive && m.FilesReports));
        Assert.Empty(await db.Presidencies.ToListAsync());
    }

    [Fact]
    public async Task Cycles_of_a_database_from_before_cycles_chose_their_plans_monitor_every_plan_there_was()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(migrated: false);
        await using var db = TestPostgres.CreateContext(connectionString);
        var migrator = db.GetInfrastructure().GetRequiredService<IMigrator>();
        await migrator.MigrateAsync("20261207182619_MembersAndPresidencies");
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO action_plans (key, title, adopted_by, adopted_at, meeting_start, meeting_end, source) "
            + "VALUES ('g7-smuggling-of-migrants-2024', 'Plan', 'Ministers', 'Mirabella Eclano', '2024-10-03', '2024-10-04', 'text')");
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO reporting_cycles (code, period_start, period_end, submission_deadline, meeting_date, state) "
            + "VALUES ('2025-H1', '2025-01-01', '2025-06-30', '2025-07-15', '2025-09-01', 'Published'), "
            + "('2025-H2', '2025-07-01', '2025-12-31', '2026-01-15', '2026-03-01', 'Planned')");

        await migrator.MigrateAsync();

        var plan = await db.ActionPlans.AsNoTracking().SingleAsync();
        Assert.Equal((PlanState.Adopted, (int?)null), (plan.State, plan.PreviousVersionId));
        var monitored = await db.CyclePlans.AsNoTracking().OrderBy(p => p.Cycle!.Code).Select(p => new { p.Cycle!.Code, p.Plan!.Key }).ToListAsync();
        Assert.Equal(
            [new { Code = "2025-H1", Key = "g7-smuggling-of-migrants-2024" }, new { Code = "2025-H2", Key = "g7-smuggling-of-migrants-2024" }],
            monitored);
    }

    [Theory]
    [InlineData("UPDATE report_revisions SET narrative = 'rewritten'")]
    [InlineData("DELETE FROM report_revisions")]
    [InlineData("TRUNCATE report_revisions")]
    public async Task Database_refuses_to_change_or_remove_a_revision(string sql)
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        var report = await ReportSeed.CreateSavedReportAsync(connectionString);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains("append-only", error.MessageText, StringComparison.Ordinal);
        await using var db = TestPostgres.CreateContext(connectionString);
        Assert.Equal(1, await db.ReportRevisions.CountAsync(v => v.ProgressReportId == report));
    }

    [Fact]
    public async Task A_member_may_hold_only_one_report_per_commitment_and_cycle()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        var report = await ReportSeed.CreateSavedReportAsync(connectionString);
        await using var db = TestPostgres.CreateContext(connectionString);
        var existing = await db.Reports.AsNoTracking().SingleAsync(r => r.Id == report);

        db.Reports.Add(new ActionPlanTracker.Domain.ProgressReport(existing.CycleId, existing.MemberId, existing.CommitmentId));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
