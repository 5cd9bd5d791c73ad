using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Indicators;

/// <summary>Indicators and their values made straight through the domain, as the secretariat's and focal points' pages would.</summary>
internal static class IndicatorData
{
    public static async Task<int> DefineIndicatorAsync(
        this AppFactory factory, string commitment, string name, IndicatorKind kind = IndicatorKind.Count, bool bySex = true, bool byAge = true)
    {
        await using var db = factory.CreateDbContext();
        var commitmentId = await db.Commitments.Where(c => c.Code == commitment).Select(c => c.Id).SingleAsync();
        var indicator = new Indicator(commitmentId, name, "people", $"How many {name.ToLowerInvariant()} in the period.", kind,
            bySex ? Disaggregation.Sex.DefaultCategories() : null, byAge ? Disaggregation.AgeGroup.DefaultCategories() : null,
            "secretariat@example.org", DateTimeOffset.UtcNow);
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync();
        return indicator.Id;
    }

    /// <summary>Saves a draft of the report with the reading for the indicator, as the report form would.</summary>
    public static async Task RecordAsync(this AppFactory factory, int reportId, int indicatorId, IndicatorReading reading, string narrative = "Work done.")
    {
        await using var db = factory.CreateDbContext();
        var report = await db.Reports.SingleAsync(r => r.Id == reportId);
        var cycle = await db.Cycles.SingleAsync(c => c.Id == report.CycleId);
        var indicator = await db.Indicators.SingleAsync(i => i.Id == indicatorId);
        report.SaveDraft(cycle, new ReportContent(Completion.Limited, narrative, "", "", [], null), "fp@example.org", DateTimeOffset.UtcNow);
        db.IndicatorValues.AddRange(IndicatorValue.Record(report, [(indicator, IndicatorReading.NotCollected, reading)], "fp@example.org", DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
    }

    public static async Task<List<IndicatorValue>> ValuesAsync(this AppFactory factory, int reportId)
    {
        await using var db = factory.CreateDbContext();
        return await db.IndicatorValues.AsNoTracking().Where(v => v.ProgressReportId == reportId).OrderBy(v => v.RevisionNumber).ToListAsync();
    }

    public static async Task<int> AuditCountAsync(this AppFactory factory, string entity, string action)
    {
        await using var db = factory.CreateDbContext();
        return await db.AuditEvents.CountAsync(e => e.Entity == entity && e.Action == action);
    }
}
