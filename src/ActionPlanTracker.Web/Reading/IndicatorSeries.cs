using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Reading;

/// <summary>One member's current value in one cycle, as the reader may see it.</summary>
public sealed record IndicatorFact(int CycleId, int MemberId, decimal? Total, IReadOnlyList<IndicatorPart> Parts)
{
    public bool IsDisaggregated => Total is not null && Parts.Count > 0;
}

/// <summary>What one cycle's values of an indicator come to: how many members gave a value, their combination, and how many came broken down.</summary>
public sealed record IndicatorCycle(CycleInfo Cycle, int Reported, int Disaggregated, decimal? Combined)
{
    /// <summary>The share of the values given that came broken down; null when no value was given.</summary>
    public double? DisaggregatedShare => Reported == 0 ? null : (double)Disaggregated / Reported;
}

/// <summary>An indicator across members and cycles: the member × cycle values and the per-cycle roll-up.</summary>
public sealed record IndicatorSeries(
    Indicator Indicator, string PlanKey, string CommitmentCode, IReadOnlyList<IndicatorCycle> Cycles, IReadOnlyList<(MemberInfo Member, IReadOnlyList<IndicatorFact?> Values)> Members,
    Viewer Viewer)
{
    /// <summary>Counts and sums add up across members; for a rate the members' mean is shown, and said to be one: the key of those words.</summary>
    public string CombinedAsKey => Indicator.Kind.IsAdditive() ? "IndicatorSeries.Sum" : "IndicatorSeries.Mean";

    /// <summary>
    /// The indicators (of one commitment, or all) with their current values in the reports <paramref name="viewer"/> may
    /// read, in one SQL command; a focal point sees its own member's values and other members' once approved. Only the
    /// values of <paramref name="cycles"/> are read, so a page showing a window of cycles fetches no more than it draws.
    /// </summary>
    public static async Task<IReadOnlyList<IndicatorSeries>> LoadAsync(
        ActionPlanDbContext db, Viewer viewer, int? commitmentId, IReadOnlyList<CycleInfo> cycles, IReadOnlyList<MemberInfo> members,
        CancellationToken cancellationToken)
    {
        var readable = db.CurrentValues().Where(viewer.CanRead().Through((IndicatorValue v) => v.Report!));
        var cycleIds = cycles.Select(c => c.Id).ToList();
        var rows = await db.Indicators.AsNoTracking()
            .Where(i => commitmentId == null || i.CommitmentId == commitmentId)
            .Select(i => new { Indicator = i, i.Commitment!.Code, Plan = i.Commitment.Pillar!.Plan!.Key, PlanStart = i.Commitment.Pillar.Plan.MeetingStart })
            .OrderBy(x => x.PlanStart).ThenBy(x => x.Plan).ThenBy(x => x.Code).ThenBy(x => x.Indicator.Name)
            .Select(x => new
            {
                x.Indicator,
                x.Plan,
                x.Code,
                Values = (from v in readable
                          where v.IndicatorId == x.Indicator.Id && cycleIds.Contains(v.Report!.CycleId)
                          select new IndicatorFact(v.Report!.CycleId, v.Report.MemberId, v.Total, v.Parts)).ToList(),
            })
            .AsSingleQuery()
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row => Build(row.Indicator, row.Plan, row.Code, row.Values, cycles, members, viewer))];
    }

    private static IndicatorSeries Build(
        Indicator indicator, string plan, string code, List<IndicatorFact> values, IReadOnlyList<CycleInfo> cycles, IReadOnlyList<MemberInfo> members, Viewer viewer)
    {
        var byKey = values.ToDictionary(v => (v.CycleId, v.MemberId));
        var perCycle = cycles.Select(cycle =>
        {
            var given = values.Where(v => v.CycleId == cycle.Id && v.Total is not null).ToList();
            decimal? combined = given.Count == 0 ? null
                : indicator.Kind.IsAdditive() ? given.Sum(v => v.Total!.Value)
                : decimal.Round(given.Average(v => v.Total!.Value), 2);
            return new IndicatorCycle(cycle, given.Count, given.Count(v => v.IsDisaggregated), combined);
        }).ToList();
        var perMember = members.Select(m => (m, (IReadOnlyList<IndicatorFact?>)[.. cycles.Select(c => byKey.GetValueOrDefault((c.Id, m.Id)))])).ToList();
        return new IndicatorSeries(indicator, plan, code, perCycle, perMember, viewer);
    }
}
