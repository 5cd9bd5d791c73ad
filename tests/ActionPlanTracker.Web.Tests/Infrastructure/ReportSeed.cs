using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Infrastructure;

/// <summary>Builds report data straight through the domain and the DbContext, for tests below the pages.</summary>
public static class ReportSeed
{
    public static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    /// <summary>Opens a cycle and saves one draft report for France on I.1; returns the report's id.</summary>
    public static async Task<int> CreateSavedReportAsync(string connectionString)
    {
        await using var db = TestPostgres.CreateContext(connectionString);
        var cycle = new ReportingCycle(CycleCode.Parse("2026-H2"), new(2026, 7, 1), new(2026, 12, 31), new(2027, 1, 15), new(2027, 2, 10), await db.AdoptedPlanAsync());
        cycle.Open();
        db.Cycles.Add(cycle);
        await db.SaveChangesAsync();

        var member = await db.Members.SingleAsync(m => m.Code == "FR");
        var commitment = await db.Commitments.SingleAsync(c => c.Code == "I.1");
        var report = new ProgressReport(cycle.Id, member.Id, commitment.Id);
        report.SaveDraft(cycle, new ReportContent(Completion.Limited, "A unit was set up in March.", "", "", [], null), "fp-fr@example.org", Now);
        db.Reports.Add(report);
        await db.SaveChangesAsync();
        return report.Id;
    }
}
