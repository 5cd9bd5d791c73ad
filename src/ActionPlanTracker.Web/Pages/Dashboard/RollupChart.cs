using ActionPlanTracker.Web.Charts;
using Microsoft.AspNetCore.Html;

namespace ActionPlanTracker.Web.Pages.Dashboard;

/// <summary>A roll-up drawn as stacked bars, with a description that says every number in words.</summary>
public static class RollupChart
{
    public static IHtmlContent Render(string id, string title, IReadOnlyList<RollupRow> rows, bool showsHidden)
    {
        var columns = Columns(showsHidden);
        var kinds = columns.Select(i => LevelCounts.Kinds[i]).ToList();
        var bars = rows.Select(r => new StackRow(r.ShortLabel, [.. columns.Select(i => r.Counts.Counts[i])])).ToList();
        var description = string.Join("; ", rows.Select(r =>
            $"{r.Label}: {string.Join(", ", columns.Select(i => $"{r.Counts.Counts[i]} {LevelCounts.Kinds[i].Label.ToLowerInvariant()}"))}, {r.Counts.ShareText} high completion"));
        return StackedBarChart.Render(id, title, description.Length == 0 ? "Nothing to count." : description + ".", kinds, bars);
    }

    /// <summary>The roll-up columns a reader needs: "Not yet approved" only for those who cannot see every report.</summary>
    public static IReadOnlyList<int> Columns(bool showsHidden) =>
        [.. Enumerable.Range(0, LevelCounts.Kinds.Count).Where(i => showsHidden || LevelCounts.Kinds[i].Key != "hidden")];
}
