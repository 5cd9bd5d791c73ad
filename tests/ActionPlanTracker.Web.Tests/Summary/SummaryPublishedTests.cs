using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Tests.Summary;

public sealed class SummaryPublishedTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_cycle_published_on_its_page_reads_as_published_in_its_summary_and_not_before()
    {
        await app.Factory.OpenCycleAsync("2044-H1");
        using var secretariat = await app.Factory.SignInAsAsync(Roles.Secretariat);
        var beforePublishing = SummaryData.Now();
        (await secretariat.PostFormAsync("/cycles/2044-H1", [], "/cycles/2044-H1?handler=StartReview")).Dispose();
        (await secretariat.PostFormAsync("/cycles/2044-H1", [], "/cycles/2044-H1?handler=Publish")).Dispose();

        var now = await secretariat.GetStringAsync("/cycles/2044-H1/summary");
        var earlier = await secretariat.GetStringAsync($"/cycles/2044-H1/summary?asOf={Uri.EscapeDataString(beforePublishing)}");

        Assert.DoesNotContain("Not published", now, StringComparison.Ordinal);
        Assert.Contains("Published", now, StringComparison.Ordinal);
        Assert.Contains("Not published", earlier, StringComparison.Ordinal);
    }
}
