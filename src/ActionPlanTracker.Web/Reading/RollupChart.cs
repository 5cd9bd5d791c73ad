using System.Globalization;
using ActionPlanTracker.Web.Charts;
using Microsoft.AspNetCore.Html;

namespace ActionPlanTracker.Web.Reading;

/// <summary>A roll-up drawn as stacked bars, with a description that says every number in words.</summary>
public static class RollupChart
{
    public static IHtmlContent Render(StatusWords words, string id, string title, IReadOnlyList<RollupRow> rows, bool showsHidden)
    {
        var all = words.Kinds;
        var columns = Columns(showsHidden);
        var kinds = columns.Select(i => all[i]).ToList();
        var bars = rows.Select(r => new StackRow(r.ShortLabel, [.. columns.Select(i => r.Counts.Counts[i])])).ToList();
        var description = string.Join("; ", rows.Select(r => string.Format(
            CultureInfo.CurrentCulture, words.ChartRow, r.Label,
            string.Join(", ", columns.Select(i => $"{r.Counts.Counts[i]} {all[i].Label.ToLowerInvariant()}")), r.Counts.ShareText)));
        return StackedBarChart.Render(id, title, description.Length == 0 ? words.NothingToCount : description + ".", kinds, bars);
    }

    /// <summary>The roll-up columns a reader needs: "Not yet approved" only for those who cannot see every report.</summary>
    public static IReadOnlyList<int> Columns(bool showsHidden)
    {
        var kinds = LevelCounts.Columns;
        return [.. Enumerable.Range(0, kinds.Count).Where(i => showsHidden || kinds[i].Key != "hidden")];
    }
}
