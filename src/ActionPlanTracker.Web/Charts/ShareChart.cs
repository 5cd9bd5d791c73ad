using Microsoft.AspNetCore.Html;

namespace ActionPlanTracker.Web.Charts;

/// <summary>One point of a <see cref="ShareChart"/>: a label (a cycle) and a share from 0 to 1, or null when there is nothing to measure.</summary>
public sealed record SharePoint(string Label, double? Share);

/// <summary>
/// Columns from 0 to 100 %, one per point, each with its value written above it: the numbers read without colour,
/// and a point without data shows a dash rather than a column of zero.
/// </summary>
public static class ShareChart
{
    private const double Left = 40;
    private const double Top = 18;
    private const double PlotHeight = 100;
    private const double Pitch = 48;
    private const double ColumnWidth = 30;
    private const string Fill = "#12355b";

    public static IHtmlContent Render(string id, string title, string description, IReadOnlyList<SharePoint> points)
    {
        var width = Left + (Math.Max(points.Count, 1) * Pitch) + 8;
        var baseline = Top + PlotHeight;
        var content = new Svg();
        foreach (var tick in new[] { 0.0, 0.5, 1.0 })
        {
            var y = baseline - (tick * PlotHeight);
            content.Line(Left, y, width - 4, y, tick == 0 ? "#4d5560" : "#d5dbe1", tick == 0 ? null : "3 3");
            content.Text(Left - 6, y + 4, Svg.Percent(tick), anchor: "end", fill: "#4d5560");
        }

        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            var centre = Left + (i * Pitch) + (Pitch / 2);
            content.Text(centre, baseline + 16, point.Label, anchor: "middle");
            if (point.Share is not { } share)
            {
                content.Text(centre, baseline - 4, "—", anchor: "middle", fill: "#4d5560");
                continue;
            }

            var height = Math.Clamp(share, 0, 1) * PlotHeight;
            content.Rect(centre - (ColumnWidth / 2), baseline - height, ColumnWidth, height, Fill, $"{point.Label}: {Svg.Percent(share)}");
            content.Text(centre, baseline - height - 4, Svg.Percent(share), anchor: "middle", weight: "600");
        }

        return content.ToHtml(id, title, description, width, baseline + 24);
    }
}
