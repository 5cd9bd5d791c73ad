using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Auditing;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ActionPlanTracker.Web.Tests.Audit;

/// <summary>Every change is written to the audit trail in the same transaction as the change.</summary>
public sealed class AuditInterceptorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 3, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Opening_a_cycle_and_saving_a_report_are_recorded_with_actor_time_and_before_and_after()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        int reportId;
        await using (var db = Audited(connectionString, "secretariat@example.org"))
        {
            var cycle = new ReportingCycle(CycleCode.Parse("2030-H1"), new(2030, 1, 1), new(2030, 6, 30), new(2030, 7, 15), new(2030, 9, 1), await db.AdoptedPlanAsync());
            db.Cycles.Add(cycle);
            await db.SaveChangesAsync();
            await db.OpenWithSlotsAsync(cycle);
            await db.SaveChangesAsync();
            reportId = await db.Reports.Where(r => r.CycleId == cycle.Id).Select(r => r.Id).FirstAsync();
        }

        await using (var db = Audited(connectionString, "fp-fr@example.org"))
        {
            var report = await db.Reports.SingleAsync(r => r.Id == reportId);
            var cycle = await db.Cycles.SingleAsync(c => c.Id == report.CycleId);
            report.SaveDraft(cycle, new ReportContent(Completion.Limited, "Work began.", "", "", [], null), "fp-fr@example.org", Now);
            await db.SaveChangesAsync();
        }

        await using var check = TestPostgres.CreateContext(connectionString);
        var events = await check.AuditEvents.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        var created = Assert.Single(events, e => e.Entity == "ReportingCycle" && e.Action == nameof(AuditAction.Created));
        Assert.Equal("2030-H1", created.EntityKey);
        Assert.Equal("secretariat@example.org", created.Actor);
        Assert.Equal(Now, created.At);
        var opened = Assert.Single(events, e => e.Entity == "ReportingCycle" && e.Action == nameof(AuditAction.Opened));
        Assert.Equal("2030-H1", opened.EntityKey);
        Assert.Equal("Planned", Json(opened.Before)["State"]);
        Assert.Equal("Open", Json(opened.After)["State"]);
        Assert.DoesNotContain(events, e => e.Entity == nameof(ProgressReport) && e.Action == nameof(AuditAction.Created));

        var saved = Assert.Single(events, e => e.Entity == nameof(ProgressReport));
        Assert.Equal(nameof(AuditAction.Saved), saved.Action);
        Assert.Equal(reportId.ToString(System.Globalization.CultureInfo.InvariantCulture), saved.EntityKey);
        Assert.Equal("fp-fr@example.org", saved.Actor);
        Assert.NotNull(saved.MemberId);
        Assert.Equal("Work began.", Json(saved.After)["Narrative"]);
        Assert.Equal("", Json(saved.Before)["Narrative"]);
    }

    [Fact]
    public async Task A_change_whose_save_fails_leaves_no_audit_event()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using (var db = Audited(connectionString, "a@example.org"))
        {
            db.Cycles.Add(new ReportingCycle(CycleCode.Parse("2030-H2"), new(2030, 7, 1), new(2030, 12, 31), new(2031, 1, 15), new(2031, 3, 1), await db.AdoptedPlanAsync()));
            await db.SaveChangesAsync();
        }

        var before = await CountAsync(connectionString);
        await using (var db = Audited(connectionString, "b@example.org"))
        {
            db.Cycles.Add(new ReportingCycle(CycleCode.Parse("2030-H2"), new(2030, 7, 1), new(2030, 12, 31), new(2031, 1, 15), new(2031, 3, 1), await db.AdoptedPlanAsync()));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        Assert.Equal(before, await CountAsync(connectionString));
    }

    [Theory]
    [InlineData("UPDATE audit_events SET actor = 'someone else'")]
    [InlineData("DELETE FROM audit_events")]
    [InlineData("TRUNCATE audit_events")]
    public async Task Database_refuses_to_change_or_remove_an_audit_event(string sql)
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using (var db = Audited(connectionString, "a@example.org"))
        {
            db.Cycles.Add(new ReportingCycle(CycleCode.Parse("2031-H1"), new(2031, 1, 1), new(2031, 6, 30), new(2031, 7, 15), new(2031, 9, 1), await db.AdoptedPlanAsync()));
            await db.SaveChangesAsync();
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains("append-only", error.MessageText, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync(connectionString)); // the cycle and the plan it monitors
    }

    private static ActionPlanDbContext Audited(string connectionString, string actor) =>
        new(new DbContextOptionsBuilder<ActionPlanDbContext>()
            .UseActionPlanDatabase(connectionString)
            .AddInterceptors(new AuditInterceptor(new FixedActor(actor), new FixedClock(Now)))
            .Options);

    private static Dictionary<string, string?> Json(string? json) =>
        System.Text.Json.JsonDocument.Parse(json!).RootElement.EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == System.Text.Json.JsonValueKind.Null ? null : p.Value.ToString());

    private static async Task<int> CountAsync(string connectionString)
    {
        await using var db = TestPostgres.CreateContext(connectionString);
        return await db.AuditEvents.CountAsync();
    }

    private sealed class FixedActor(string actor) : IActorAccessor
    {
        public string Actor => actor;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
