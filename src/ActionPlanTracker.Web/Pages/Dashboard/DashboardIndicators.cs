using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Reading;

namespace ActionPlanTracker.Web.Pages.Dashboard;

/// <summary>
/// The dashboard's compact view of the indicators: each over the chosen cycle and the few before it, with the share of
/// its values that came broken down. One SQL command, whatever the number of cycles, indicators or values.
/// </summary>
public sealed record DashboardIndicators(CycleInfo Cycle, IReadOnlyList<IndicatorSeries> Series)
{
    /// <summary>How many cycles each chart covers, the chosen one last: enough to see a trend, small enough for a dashboard.</summary>
    public const int Window = 4;

    public static async Task<DashboardIndicators> LoadAsync(
        ActionPlanDbContext db, Viewer viewer, IReadOnlyList<CycleInfo> cycles, CycleInfo cycle, IReadOnlyList<MemberInfo> members,
        IEnumerable<int> commitmentIds, CancellationToken cancellationToken)
    {
        // Planned cycles take no reports; the chosen one is kept anyway so its column is there to read as empty.
        var window = cycles.Where(c => string.CompareOrdinal(c.Code, cycle.Code) <= 0 && (c.State != CycleState.Planned || c.Id == cycle.Id))
            .TakeLast(Window).ToList();
        var kept = commitmentIds.ToHashSet();
        var series = await IndicatorSeries.LoadAsync(db, viewer, commitmentId: null, window, members, cancellationToken);
        return new(cycle, [.. series.Where(s => kept.Contains(s.Indicator.CommitmentId))]);
    }

    /// <summary>The chosen cycle's roll-up of one indicator: the last column of its window.</summary>
    public IndicatorCycle InCycle(IndicatorSeries series) => series.Cycles[^1];
}
