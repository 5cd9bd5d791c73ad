using System.Net;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Tests.Reports;

/// <summary>A class of its own: its database must start with no cycle at all.</summary>
public sealed class NoOpenCycleTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task My_reports_says_when_no_cycle_is_open_and_shows_the_current_cycle_once_one_opens()
    {
        using var client = await app.Factory.SignInAsAsync(Roles.FocalPoint, "IT");

        using var before = await client.GetAsync("/reports");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains("No cycle is open for reporting.", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await app.Factory.OpenCycleAsync("2054-H1");
        await app.Factory.OpenCycleAsync("2054-H2");
        var after = await client.GetStringAsync("/reports");

        Assert.Contains("Cycle <strong>2054-H2</strong>", after, StringComparison.Ordinal);
        Assert.Contains("<span class=\"code\">V.5</span>", after, StringComparison.Ordinal);
    }
}
