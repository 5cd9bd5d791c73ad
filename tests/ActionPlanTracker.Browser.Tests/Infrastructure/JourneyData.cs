using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Browser.Tests.Infrastructure;

/// <summary>What a journey starts from, made through the domain; and the stored reports read back.</summary>
public static class JourneyData
{
    /// <summary>Opens <paramref name="cycle"/> and saves a draft report of <paramref name="member"/> on each commitment.</summary>
    public static async Task ReportedCycleAsync(this AppFactory factory, string cycle, string member, params string[] commitments)
    {
        await factory.OpenCycleAsync(cycle);
        await using var db = factory.CreateDbContext();
        var target = await db.Cycles.SingleAsync(c => c.Code == cycle);
        foreach (var commitment in commitments)
        {
            var report = await db.Reports.SingleAsync(r => r.CycleId == target.Id
                && db.Members.Any(m => m.Id == r.MemberId && m.Code == member)
                && db.Commitments.Any(c => c.Id == r.CommitmentId && c.Code == commitment));
            var content = new ReportContent(Completion.Limited, $"{cycle}: first steps on {commitment}.", "Train the border units.", "", [], null);
            report.SaveDraft(target, content, $"fp-{member.ToLowerInvariant()}@example.org", DateTimeOffset.UtcNow.AddDays(-200));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Publishes open cycles, so the next journey in the same database has its own cycle as the current one.</summary>
    public static async Task PublishCyclesAsync(this AppFactory factory, params string[] cycles)
    {
        await using var db = factory.CreateDbContext();
        foreach (var cycle in await db.Cycles.Where(c => cycles.Contains(c.Code) && c.State == CycleState.Open).ToListAsync())
        {
            cycle.StartReview();
            cycle.Publish();
        }

        await db.SaveChangesAsync();
    }

    public static async Task<ProgressReport> StoredReportAsync(this AppFactory factory, string cycle, string member, string commitment)
    {
        await using var db = factory.CreateDbContext();
        return await db.Reports.AsNoTracking().SingleAsync(r =>
            db.Cycles.Any(c => c.Id == r.CycleId && c.Code == cycle)
            && db.Members.Any(m => m.Id == r.MemberId && m.Code == member)
            && db.Commitments.Any(c => c.Id == r.CommitmentId && c.Code == commitment));
    }
}
