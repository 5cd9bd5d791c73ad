using System.Globalization;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Summary.Documents;

/// <summary>An indicator as the summary shows it, with every member's value in every cycle up to the summary's, as of "as of".</summary>
public sealed record SummaryIndicator(
    string CommitmentCode, string Name, string Unit, IndicatorKind Kind, IReadOnlyList<string> SexCategories, IReadOnlyList<string> AgeGroups,
    IReadOnlyList<SummaryIndicatorValue> Values)
{
    public string Heading(IStringLocalizer t) => t["Indicator.Heading", CommitmentCode, Name, Unit, Kind.Label().ToLower(CultureInfo.CurrentCulture)];

    /// <summary>Every category in the order the forms show them.</summary>
    public IEnumerable<(Disaggregation Disaggregation, string Category)> Slots =>
        SexCategories.Select(c => (Disaggregation.Sex, c)).Concat(AgeGroups.Select(c => (Disaggregation.AgeGroup, c)));

    /// <summary>The values of one cycle, one per member with a report slot.</summary>
    public IEnumerable<SummaryIndicatorValue> In(string cycle) => Values.Where(v => v.Cycle == cycle);

    /// <summary>The cycle's values combined: the sum for counts and sums, the mean for rates; "not collected" when none was given.</summary>
    public string Combined(IStringLocalizer t, string cycle)
    {
        var given = In(cycle).Where(v => v.Total is not null).Select(v => v.Total!.Value).ToList();
        return given.Count == 0 ? t["Data.NotCollected"]
            : Kind.IsAdditive() ? t["Indicator.Sum", Show(t, given.Sum()), given.Count]
            : t["Indicator.Mean", Show(t, decimal.Round(given.Average(), 2)), given.Count];
    }

    public string Breakdown(IStringLocalizer t, SummaryIndicatorValue value) =>
        string.Join("; ", Slots.Select(s => $"{s.Category}: {Show(t, value.Part(s.Disaggregation, s.Category))}"));

    /// <summary>A value as people read it in the current language ("1,234.5", "1 234,5"), or "not collected".</summary>
    public static string Show(IStringLocalizer t, decimal? value) =>
        value is { } v ? v.ToString("#,##0.####", CultureInfo.CurrentCulture) : t["Data.NotCollected"];
}

/// <summary>One member's value in one cycle: null total means not collected; provisional when the report was not approved at "as of".</summary>
public sealed record SummaryIndicatorValue(
    string Cycle, string MemberCode, string MemberName, string? MemberNameFr, bool Provisional, decimal? Total, IReadOnlyList<IndicatorPart> Parts)
{
    public string LocalMemberName() => PlanText.Choose(MemberName, MemberNameFr);

    public bool IsDisaggregated => Total is not null && Parts.Count > 0;

    public decimal? Part(Disaggregation disaggregation, string category) =>
        Parts.FirstOrDefault(p => p.Disaggregation == disaggregation && p.Category == category)?.Value;
}

public static class SummaryIndicators
{
    /// <summary>The columns of the indicators sheet, each named by <c>Column.{name}</c> in the summary's texts.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["Cycle", "MemberCode", "MemberName", "CommitmentCode", "Indicator", "Unit", "Kind", "Disaggregation", "Category", "Value", "Provisional"];

    public static IReadOnlyList<string> Header(IStringLocalizer t) => [.. Columns.Select(c => t[$"Column.{c}"].Value)];

    /// <summary>The workbook's header: names for people, in its language.</summary>
    public static IReadOnlyList<string> Headings(IStringLocalizer t) => [.. Columns.Select(c => t[$"Heading.{c}"].Value)];

    /// <summary>
    /// The indicators defined at <paramref name="asOf"/>, each with one value per member × cycle up to the one starting at <paramref name="periodStart"/> (the latest
    /// saved at that moment, or not collected). Two SQL commands.
    /// </summary>
    public static async Task<IReadOnlyList<SummaryIndicator>> LoadAsync(
        ActionPlanDbContext db, int cycleId, DateOnly periodStart, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        // The indicators of the commitments of the plans the cycle monitors.
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => i.CreatedAt <= asOf && db.CyclePlans.Any(c => c.CycleId == cycleId && c.PlanId == i.Commitment!.Pillar!.ActionPlanId))
            .Select(i => new { Indicator = i, i.Commitment!.Code, i.Commitment.PillarId, i.Commitment.Number })
            .OrderBy(x => x.PillarId).ThenBy(x => x.Number).ThenBy(x => x.Indicator.Name)
            .ToListAsync(cancellationToken);
        if (indicators.Count == 0)
        {
            return [];
        }

        var commitmentIds = indicators.Select(i => i.Indicator.CommitmentId).Distinct().ToList();
        var slots = await (
            from r in db.Reports.AsNoTracking()
            where commitmentIds.Contains(r.CommitmentId) && r.Cycle!.PeriodStart <= periodStart
            orderby r.Cycle!.Code, r.Member!.SortOrder, r.Member!.Code
            select new
            {
                Cycle = r.Cycle!.Code,
                r.CommitmentId,
                r.Member!.Code,
                r.Member.Name,
                r.Member.NameFr,
                State = r.Revisions.Where(v => v.At <= asOf).OrderByDescending(v => v.Number).Select(v => (ReviewState?)v.State).FirstOrDefault(),
                Values = db.IndicatorValues.Where(v => v.ProgressReportId == r.Id && v.RecordedAt <= asOf
                        && v.RevisionNumber == db.IndicatorValues.Where(w => w.ProgressReportId == r.Id && w.IndicatorId == v.IndicatorId && w.RecordedAt <= asOf).Max(w => w.RevisionNumber))
                    .Select(v => new { v.IndicatorId, v.Total, v.Parts }).ToList(),
            })
            .AsSingleQuery()
            .ToListAsync(cancellationToken);

        return [.. indicators.Select(x => new SummaryIndicator(
            x.Code, x.Indicator.Name, x.Indicator.Unit, x.Indicator.Kind, x.Indicator.SexCategories, x.Indicator.AgeGroups,
            [.. slots.Where(s => s.CommitmentId == x.Indicator.CommitmentId).Select(s =>
            {
                var value = s.Values.FirstOrDefault(v => v.IndicatorId == x.Indicator.Id);
                return new SummaryIndicatorValue(s.Cycle, s.Code, s.Name, s.NameFr, s.State != ReviewState.Approved, value?.Total, value?.Parts ?? []);
            })]))];
    }

    /// <summary>Every value in long form: one row per member × indicator × cycle × disaggregation (the total first), "not collected" spelt out.</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(Summary summary, IStringLocalizer t) =>
        Typed(summary, t).Select(row => (IReadOnlyList<string>)[.. row.Select(v => v is decimal d ? d.ToString("0.####", CultureInfo.InvariantCulture) : v as string ?? "")]);

    /// <summary>The same rows with the values as numbers (a value not collected stays the words saying so).</summary>
    public static IEnumerable<IReadOnlyList<object?>> Typed(Summary summary, IStringLocalizer t)
    {
        foreach (var indicator in summary.Indicators)
        {
            foreach (var value in indicator.Values)
            {
                yield return Row(t, indicator, value, t["Data.Total"], "", value.Total);
                foreach (var (disaggregation, category) in indicator.Slots)
                {
                    yield return Row(t, indicator, value, disaggregation.Label().ToLower(CultureInfo.CurrentCulture), category, value.Part(disaggregation, category));
                }
            }
        }
    }

    /// <summary>Words in the reader's language; the value itself a number, so spreadsheets read it.</summary>
    private static IReadOnlyList<object?> Row(
        IStringLocalizer t, SummaryIndicator indicator, SummaryIndicatorValue value, string disaggregation, string category, decimal? amount) =>
    [
        value.Cycle, value.MemberCode, value.LocalMemberName(), indicator.CommitmentCode, indicator.Name, indicator.Unit,
        indicator.Kind.Label().ToLower(CultureInfo.CurrentCulture), disaggregation, category,
        amount is { } number ? number : t["Data.NotCollected"].Value, value.Provisional ? t["Data.Yes"].Value : t["Data.No"].Value,
    ];
}
