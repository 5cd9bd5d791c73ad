using System.Globalization;
using Microsoft.AspNetCore.Html;

namespace ActionPlanTracker.Web.Charts;

/// <summary>One kind of segment: its label, and the fill and text colour that keep its count legible.</summary>
public sealed record StackKind(string Key, string Label, string Fill, string Ink);

/// <summary>One bar: a label and a count per kind, in the order of the chart's kinds.</summary>
public sealed record StackRow(string Label, IReadOnlyList<int> Counts);

/// <summary>
/// Horizontal bars split into segments, always in the same order, each segment carrying its count as text and a
/// tooltip; the legend below names the kinds in that order, so the chart reads without telling colours apart.
/// </summary>
public static class StackedBarChart
{
    private const double LabelWidth = 92;
    private const double BarWidth = 420;
    private const double RowHeight = 26;
    private const double BarHeight = 18;
    private const double MinWidthForCount = 16;

    /// <summary>The longest bar, at least 1, which every bar is scaled against (here and in the documents' charts).</summary>
    public static int Max(IReadOnlyList<StackRow> rows) => Math.Max(1, rows.Count == 0 ? 0 : rows.Max(r => r.Counts.Sum()));

    public static IHtmlContent Render(string id, string title, string description, IReadOnlyList<StackKind> kinds, IReadOnlyList<StackRow> rows)
    {
        var max = Max(rows);
        var content = new Svg();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = 6 + (i * RowHeight);
            content.Text(LabelWidth - 8, y + 13, row.Label, anchor: "end", weight: "600");
            var x = LabelWidth;
            for (var k = 0; k < kinds.Count && k < row.Counts.Count; k++)
            {
                var count = row.Counts[k];
                if (count == 0)
                {
                    continue;
                }

                var segment = count * BarWidth / max;
                var text = count.ToString(CultureInfo.InvariantCulture);
                content.Rect(x, y, segment, BarHeight, kinds[k].Fill, $"{row.Label}: {kinds[k].Label}, {text}");
                if (segment >= MinWidthForCount)
                {
                    content.Text(x + (segment / 2), y + 13, text, anchor: "middle", fill: kinds[k].Ink);
                }

                x += segment;
            }

            content.Text(x + 6, y + 13, row.Counts.Sum().ToString(CultureInfo.InvariantCulture), fill: "#4d5560");
        }

        var legendY = 14 + (rows.Count * RowHeight);
        var legendX = 0.0;
        foreach (var kind in kinds)
        {
            content.Rect(legendX, legendY, 12, 12, kind.Fill);
            content.Text(legendX + 16, legendY + 10, kind.Label);
            legendX += 24 + (kind.Label.Length * 6.2);
        }

        var width = Math.Max(LabelWidth + BarWidth + 40, legendX);
        return content.ToHtml(id, title, description, width, legendY + 22);
    }
}
