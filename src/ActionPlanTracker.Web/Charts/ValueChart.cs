using Microsoft.AspNetCore.Html;

namespace ActionPlanTracker.Web.Charts;

/// <summary>One column of a <see cref="ValueChart"/>: a label (a cycle), a value, or null when nothing was collected, and the value as written.</summary>
public sealed record ValuePoint(string Label, double? Value, string Text);

/// <summary>
/// Columns from zero to the largest value, each with its value written above it, so the numbers read without the
/// scale; a point where nothing was collected shows <c>notCollected</c> ("n/c" unless the page gives its own words), never a column of zero.
/// </summary>
public static class ValueChart
{
    private const double Left = 12;
    private const double Top = 18;
    private const double PlotHeight = 100;
    private const double Pitch = 56;
    private const double ColumnWidth = 30;
    private const string Fill = "#0b5cad";

    public static IHtmlContent Render(string id, string title, string description, IReadOnlyList<ValuePoint> points, string notCollected = "n/c")
    {
        var width = Left + (Math.Max(points.Count, 1) * Pitch) + 8;
        var baseline = Top + PlotHeight;
        var max = points.Select(p => p.Value ?? 0).DefaultIfEmpty(0).Max();
        var content = new Svg();
        content.Line(Left, baseline, width - 4, baseline, "#4d5560");
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            var centre = Left + (i * Pitch) + (Pitch / 2);
            content.Text(centre, baseline + 16, point.Label, anchor: "middle");
            if (point.Value is not { } value)
            {
                content.Text(centre, baseline - 4, notCollected, anchor: "middle", fill: "#4d5560");
                continue;
            }

            var height = max <= 0 ? 0 : Math.Clamp(value / max, 0, 1) * PlotHeight;
            content.Rect(centre - (ColumnWidth / 2), baseline - height, ColumnWidth, height, Fill, $"{point.Label}: {point.Text}");
            content.Text(centre, baseline - height - 4, point.Text, anchor: "middle", weight: "600");
        }

        return content.ToHtml(id, title, description, width, baseline + 24);
    }
}
