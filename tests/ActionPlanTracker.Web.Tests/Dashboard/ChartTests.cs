using ActionPlanTracker.Web.Charts;

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
}
