using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Reports;

namespace ActionPlanTracker.Web.Tests.Indicators;

public sealed class IndicatorDisplayTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    private static IndicatorReading Reading(decimal total, params decimal[] sex) =>
        new(total, [.. sex.Select((v, i) => new IndicatorPart(Disaggregation.Sex, Disaggregation.Sex.DefaultCategories()[i], v))]);

    [Fact]
    public async Task Commitment_page_shows_each_indicator_across_members_and_cycles_with_the_share_broken_down()
    {
        await Factory.OpenCycleAsync("2061-H1");
        await Factory.OpenCycleAsync("2061-H2");
        var indicator = await Factory.DefineIndicatorAsync("III.3", "Smugglers convicted", byAge: false);
        await Factory.RecordAsync(await Factory.ReportIdAsync("2061-H1", "FR", "III.3"), indicator, Reading(10, 2, 8));
        await Factory.RecordAsync(await Factory.ReportIdAsync("2061-H1", "DE", "III.3"), indicator, Reading(5));
        await Factory.RecordAsync(await Factory.ReportIdAsync("2061-H2", "FR", "III.3"), indicator, Reading(7));
        using var client = await Factory.SignInAsAsync(Roles.Auditor);

        var html = await client.GetStringAsync("/plans/g7-smuggling-of-migrants-2024/commitments/III.3?cycle=2061-H2");

        Assert.Contains("id=\"indicator-" + indicator + "-values\"", html, StringComparison.Ordinal);
        Assert.Contains(">15</text>", html, StringComparison.Ordinal);
        Assert.Contains(">50%</text>", html, StringComparison.Ordinal);
        Assert.Contains("<td>10 (broken down)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>2 / 1</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>not collected</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Focal_point_sees_other_members_values_only_once_approved()
    {
        await Factory.OpenCycleAsync("2062-H1");
        var indicator = await Factory.DefineIndicatorAsync("III.4", "Victims assisted", bySex: false, byAge: false);
        await Factory.RecordAsync(await Factory.ReportIdAsync("2062-H1", "DE", "III.4"), indicator, new IndicatorReading(4242, []));
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        var commitment = await client.GetStringAsync("/plans/g7-smuggling-of-migrants-2024/commitments/III.4");
        var overview = await client.GetStringAsync("/indicators");

        Assert.DoesNotContain("4,242", commitment, StringComparison.Ordinal);
        Assert.DoesNotContain("4,242", overview, StringComparison.Ordinal);
        Assert.Contains("Victims assisted", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Secretariat_sees_a_reports_values_on_the_review_page()
    {
        await Factory.OpenCycleAsync("2062-H2");
        var indicator = await Factory.DefineIndicatorAsync("III.5", "Officers trained", byAge: false);
        var id = await Factory.ReportIdAsync("2062-H2", "IT", "III.5");
        await Factory.RecordAsync(id, indicator, Reading(9, 4));
        await Factory.ChangeAsync(id, (report, cycle) => report.Submit(cycle, "fp@example.org", DateTimeOffset.UtcNow));
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        using var response = await client.GetAsync($"/review/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Female: 4; Male: not collected; Other or not recorded: not collected", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
