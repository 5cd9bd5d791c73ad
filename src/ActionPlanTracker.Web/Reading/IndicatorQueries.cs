using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Reading;

/// <summary>How pages read indicators and the values reports carry for them.</summary>
public static class IndicatorQueries
{
    /// <summary>Each report's latest value for each indicator: values are appended, never changed.</summary>
    public static IQueryable<IndicatorValue> CurrentValues(this ActionPlanDbContext db) =>
        db.IndicatorValues.AsNoTracking().Where(v => v.RevisionNumber == db.IndicatorValues
            .Where(w => w.ProgressReportId == v.ProgressReportId && w.IndicatorId == v.IndicatorId)
            .Max(w => w.RevisionNumber));

    /// <summary>The commitment's indicators with the report's current value of each (not collected when it has none). Two SQL commands.</summary>
    public static async Task<IReadOnlyList<IndicatorEntry>> IndicatorsOfReportAsync(
        this ActionPlanDbContext db, int reportId, int commitmentId, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.CommitmentId == commitmentId).OrderBy(i => i.Name).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        if (indicators.Count == 0)
        {
            return [];
        }

        var values = await db.CurrentValues().Where(v => v.ProgressReportId == reportId).ToDictionaryAsync(v => v.IndicatorId, cancellationToken);
        return [.. indicators.Select(i => new IndicatorEntry(i, values.GetValueOrDefault(i.Id)?.Reading ?? IndicatorReading.NotCollected))];
    }
}

/// <summary>An indicator and one report's current reading of it.</summary>
public sealed record IndicatorEntry(Indicator Indicator, IndicatorReading Current)
{
    /// <summary>Every category the indicator is broken down into, in form order: sex first, then age group.</summary>
    public IReadOnlyList<(Disaggregation Disaggregation, string Category)> Slots =>
        [.. Indicator.Disaggregations.SelectMany(d => Indicator.Categories(d).Select(c => (d, c)))];

    public decimal? ValueOf(Disaggregation disaggregation, string category) =>
        Current.Parts.FirstOrDefault(p => p.Disaggregation == disaggregation && p.Category == category)?.Value;
}
