using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Indicators;
using ActionPlanTracker.Web.Tests.Reports;

namespace ActionPlanTracker.Web.Tests.Dashboard;

public sealed class DashboardIndicatorTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    private static IndicatorReading Reading(decimal total, params decimal[] sex) =>
        new(total, [.. sex.Select((v, i) => new IndicatorPart(Disaggregation.Sex, Disaggregation.Sex.DefaultCategories()[i], v))]);

    [Fact]
    public async Task Dashboard_draws_each_indicator_over_the_last_four_cycles_with_the_share_broken_down()
    {
        foreach (var code in new[] { "2031-H1", "2031-H2", "2032-H1", "2032-H2", "2033-H1" })
        {
            await Factory.OpenCycleAsync(code);
        }

        var indicator = await Factory.DefineIndicatorAsync("III.3", "Smugglers convicted", byAge: false);
        await Factory.RecordAsync(await Factory.ReportIdAsync("2031-H1", "FR", "III.3"), indicator, Reading(999));
        await Factory.RecordAsync(await Factory.ReportIdAsync("2032-H2", "IT", "III.3"), indicator, Reading(3));
        await Factory.RecordAsync(await Factory.ReportIdAsync("2033-H1", "FR", "III.3"), indicator, Reading(10, 2, 8));
        await Factory.RecordAsync(await Factory.ReportIdAsync("2033-H1", "DE", "III.3"), indicator, Reading(5));
        using var client = await Factory.SignInAsAsync(Roles.Auditor);

        var html = await client.PageAsync("/cycles/2033-H1/dashboard");

        Assert.Contains($"id=\"dashboard-indicator-{indicator}-values\"", html, StringComparison.Ordinal);
        Assert.Contains(">15</text>", html, StringComparison.Ordinal);
        Assert.Contains(">3</text>", html, StringComparison.Ordinal);
        Assert.Contains(">n/c</text>", html, StringComparison.Ordinal);
        Assert.Equal(
            "2033-H1: 2 values given, 1 broken down by sex or age group (50%).",
            DashboardData.TextOf(html, $"dashboard-indicator-{indicator}-share"));
        Assert.Contains($"href=\"/plans/g7-smuggling-of-migrants-2024/commitments/III.3?cycle=2033-H1#indicator-{indicator}\"", html, StringComparison.Ordinal);

        // The window ends at the chosen cycle and holds four: the oldest cycle's value is not drawn.
        Assert.DoesNotContain(">999</text>", html, StringComparison.Ordinal);
        var chart = html[html.IndexOf($"id=\"dashboard-indicator-{indicator}-values\"", StringComparison.Ordinal)..];
        chart = chart[..chart.IndexOf("</svg>", StringComparison.Ordinal)];
        Assert.DoesNotContain(">2031-H1</text>", chart, StringComparison.Ordinal);
        Assert.Contains(">2031-H2</text>", chart, StringComparison.Ordinal);

        var earlier = await client.PageAsync("/cycles/2031-H1/dashboard");
        Assert.Contains(">999</text>", earlier, StringComparison.Ordinal);
        Assert.DoesNotContain(">15</text>", earlier, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Focal_point_sees_only_values_it_may_read_and_filters_leave_out_other_pillars_indicators()
    {
        await Factory.OpenCycleAsync("2034-H1");
        var indicator = await Factory.DefineIndicatorAsync("III.4", "Victims assisted", bySex: false, byAge: false);
        await Factory.RecordAsync(await Factory.ReportIdAsync("2034-H1", "FR", "III.4"), indicator, new IndicatorReading(7, []));
        await Factory.RecordAsync(await Factory.ReportIdAsync("2034-H1", "DE", "III.4"), indicator, new IndicatorReading(4242, []));
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        var html = await client.PageAsync("/cycles/2034-H1/dashboard");
        var otherPillar = await client.PageAsync("/cycles/2034-H1/dashboard?pillar=I");

        Assert.Contains(">7</text>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("4,242", html, StringComparison.Ordinal);
        Assert.DoesNotContain("4,249", html, StringComparison.Ordinal);
        Assert.Equal(
            "2034-H1: 1 value given, 0 broken down by sex or age group (0%).",
            DashboardData.TextOf(html, $"dashboard-indicator-{indicator}-share"));
        Assert.DoesNotContain("dashboard-indicators", otherPillar, StringComparison.Ordinal);
        Assert.Contains("id=\"pillar-I\"", otherPillar, StringComparison.Ordinal);
    }
}
