using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

// Not "…Tests.Reports" like the folder: a namespace of that name would hide Infrastructure.Reports from every test.
namespace ActionPlanTracker.Web.Tests.Reports;

/// <summary>Cycles and reports made straight through the domain and the DbContext, as the secretariat's pages would.</summary>
internal static class ReportData
{
    public const string Secretariat = "secretariat@example.org";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static async Task<int> ReportIdAsync(this AppFactory factory, string cycle, string member, string commitment)
    {
        await using var db = factory.CreateDbContext();
        return await (
            from r in db.Reports
            join y in db.Cycles on r.CycleId equals y.Id
            join m in db.Members on r.MemberId equals m.Id
            join c in db.Commitments on r.CommitmentId equals c.Id
            where y.Code == cycle && m.Code == member && c.Code == commitment
            select r.Id).SingleAsync();
    }

    /// <summary>Applies a domain change to a report (and its cycle) and saves it.</summary>
    public static async Task ChangeAsync(this AppFactory factory, int reportId, Action<ProgressReport, ReportingCycle> change)
    {
        await using var db = factory.CreateDbContext();
        var report = await db.Reports.SingleAsync(r => r.Id == reportId);
        var cycle = await db.Cycles.SingleAsync(c => c.Id == report.CycleId);
        change(report, cycle);
        await db.SaveChangesAsync();
    }

    public static Task SaveAsync(this AppFactory factory, int reportId, ReportContent content) =>
        factory.ChangeAsync(reportId, (report, cycle) => report.SaveDraft(cycle, content, "fp@example.org", DateTimeOffset.UtcNow));

    public static Task SubmitAsync(this AppFactory factory, int reportId, ReportContent content) =>
        factory.ChangeAsync(reportId, (report, cycle) =>
        {
            report.SaveDraft(cycle, content, "fp@example.org", DateTimeOffset.UtcNow);
            report.Submit(cycle, "fp@example.org", DateTimeOffset.UtcNow);
        });

    public static async Task<ProgressReport> StoredAsync(this AppFactory factory, int reportId)
    {
        await using var db = factory.CreateDbContext();
        return await db.Reports.AsNoTracking().Include(r => r.Revisions).SingleAsync(r => r.Id == reportId);
    }

    public static async Task<int> AuditEventsAsync(this AppFactory factory, int reportId, string action)
    {
        await using var db = factory.CreateDbContext();
        var key = reportId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await db.AuditEvents.CountAsync(e => e.Entity == nameof(ProgressReport) && e.EntityKey == key && e.Action == action);
    }

    public static ReportContent Content(string narrative, Completion? completion = Completion.Limited) =>
        new(completion, narrative, "", "", [], null);
}
