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

    [Fact]
    public async Task Reports_of_a_database_from_before_returns_were_counted_read_their_flags_from_their_revisions()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        var at = new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);
        var ids = new Dictionary<string, int>();
        await using (var db = TestPostgres.CreateContext(connectionString))
        {
            var plans = await db.AdoptedPlanAsync();
            var earlier = new ReportingCycle(CycleCode.Parse("2026-H1"), new(2026, 1, 1), new(2026, 6, 30), new(2026, 7, 15), new(2026, 9, 1), plans);
            var cycle = new ReportingCycle(CycleCode.Parse("2026-H2"), new(2026, 7, 1), new(2026, 12, 31), new(2027, 1, 15), new(2027, 2, 10), plans);
            earlier.Open();
            cycle.Open();
            db.Cycles.AddRange(earlier, cycle);
            await db.SaveChangesAsync();
            var member = await db.Members.SingleAsync(m => m.Code == "FR");
            var commitments = await db.Commitments.Where(c => c.Code.StartsWith("I.")).ToDictionaryAsync(c => c.Code, c => c.Id);
            ProgressReport Slot(ReportingCycle of, string code)
            {
                var report = new ProgressReport(of.Id, member.Id, commitments[code]);
                db.Reports.Add(report);
                return report;
            }

            ReportContent Text(string narrative) => new(Completion.Limited, narrative, "", "", [], null);
            var unchanged = Slot(cycle, "I.1");
            unchanged.SaveDraft(cycle, Text("As sent."), "fp", at);
            unchanged.Submit(cycle, "fp", at);
            unchanged.Return(cycle, "Add figures.", "sec", at);
            unchanged.SaveDraft(cycle, Text("As sent."), "fp", at);
            var revised = Slot(cycle, "I.2");
            revised.SaveDraft(cycle, Text("As sent."), "fp", at);
            revised.Submit(cycle, "fp", at);
            revised.Return(cycle, "Add figures.", "sec", at);
            revised.SaveDraft(cycle, Text("With the figures: 40 officers."), "fp", at);
            revised.Submit(cycle, "fp", at);
            var before = Slot(earlier, "I.3");
            before.SaveDraft(earlier, Text("Last cycle's words."), "fp", at);
            var carried = Slot(cycle, "I.3");
            carried.CarryForward(cycle, before, "fp", at);
            var before4 = Slot(earlier, "I.4");
            before4.SaveDraft(earlier, Text("Last cycle's words."), "fp", at);
            var edited = Slot(cycle, "I.4");
            edited.CarryForward(cycle, before4, "fp", at);
            edited.SaveDraft(cycle, Text("This cycle's words."), "fp", at);
            await db.SaveChangesAsync();
            ids = new() { ["unchanged"] = unchanged.Id, ["revised"] = revised.Id, ["carried"] = carried.Id, ["edited"] = edited.Id };

            var migrator = db.GetInfrastructure().GetRequiredService<IMigrator>();
            await migrator.MigrateAsync("20261207233948_PlanTitleFr");
            await migrator.MigrateAsync();
        }

        await using var after = TestPostgres.CreateContext(connectionString);
        var flags = await after.Reports.AsNoTracking().Where(r => ids.Values.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => (r.ReturnCount, r.ChangedSinceReturn, r.CarriedUnedited));
        Assert.Equal((1, false, false), flags[ids["unchanged"]]);
        Assert.Equal((1, true, false), flags[ids["revised"]]);
        Assert.Equal((0, false, true), flags[ids["carried"]]);
        Assert.Equal((0, false, false), flags[ids["edited"]]);
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
