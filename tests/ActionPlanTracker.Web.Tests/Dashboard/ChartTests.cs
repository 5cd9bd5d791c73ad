using ActionPlanTracker.Web.Charts;
using ActionPlanTracker.Web.Reading;

namespace ActionPlanTracker.Web.Tests.Dashboard;

public sealed class ChartTests
{
    [Fact]
    public void A_share_chart_is_an_image_with_a_title_a_description_and_every_value_written_out()
    {
        var html = ShareChart.Render("trend-I", "Pillar I", "2031-H1: 50%; 2031-H2: nothing to measure.",
            [new SharePoint("2031-H1", 0.5), new SharePoint("2031-H2", null)]).ToString()!;

        Assert.StartsWith("<svg id=\"trend-I\" class=\"chart\" role=\"img\" aria-labelledby=\"trend-I-title trend-I-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"trend-I-title\">Pillar I</title>", html, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"trend-I-desc\">2031-H1: 50%; 2031-H2: nothing to measure.</desc>", html, StringComparison.Ordinal);
        Assert.Contains(">50%</text>", html, StringComparison.Ordinal);
        Assert.Contains(">—</text>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_from_the_database_are_escaped_not_turned_into_markup()
    {
        var kinds = new[] { new StackKind("a", "<b>Level</b>", "#000", "#fff") };
        var html = StackedBarChart.Render("x", "Title with <script>alert(1)</script>", "Desc & \"quotes\"",
            kinds, [new StackRow("<img src=x onerror=alert(1)>", [3])]).ToString()!;

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("Title with &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;: &lt;b&gt;Level&lt;/b&gt;, 3", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every count on every kind of segment, every value above a column and every axis label reads at 4.5:1 at least
    /// (Limited's amber and Not applicable's grey read at 3.99 and 3.81 with their white counts before).
    /// </summary>
    [Fact]
    public void Every_text_of_every_chart_reads_at_AA_contrast()
    {
        var kinds = LevelCounts.Columns.Select(k => k with { Label = k.Key }).ToList();
        var bars = StackedBarChart.Render("bars", "Levels", "", kinds,
            [new StackRow("I", [.. kinds.Select((_, i) => 10 + i)]), new StackRow("II", [.. kinds.Select(_ => 1)])]).ToString()!;
        var shares = ShareChart.Render("share", "Share", "", [new SharePoint("2031-H1", 0.5), new SharePoint("2031-H2", null), new SharePoint("2032-H1", 1)]).ToString()!;
        var values = ValueChart.Render("values", "Values", "", [new ValuePoint("2031-H1", 12, "12"), new ValuePoint("2031-H2", null, "")]).ToString()!;

        foreach (var svg in new[] { bars, shares, values })
        {
            var failures = ChartContrast.Failures(svg);
            Assert.True(failures.Count == 0, string.Join("; ", failures));
        }

        // The counts on the segments are measured, not passed over: a light ink on a light fill fails.
        Assert.NotEmpty(ChartContrast.Failures(StackedBarChart.Render("pale", "Pale", "", [new StackKind("pale", "Pale", "#e3e7eb", "#ffffff")], [new StackRow("I", [9])]).ToString()!));
    }
}
