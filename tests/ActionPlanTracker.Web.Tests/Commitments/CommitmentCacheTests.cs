using System.Globalization;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Dashboard;
using ActionPlanTracker.Web.Tests.Infrastructure;
using ActionPlanTracker.Web.Tests.Reports;

namespace ActionPlanTracker.Web.Tests.Commitments;

/// <summary>
/// The commitment page's reports are kept rendered per data version stamp and reader's view: a request that finds them
/// kept runs no command but the stamp, a change shows at the next request, and what one reader may see never reaches another.
/// </summary>
public sealed class CommitmentCacheTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Cycle = "2063-H1";
    private const string Page = "/plans/g7-smuggling-of-migrants-2024/commitments/II.1?cycle=" + Cycle;

    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Kept_reports_cost_one_command_follow_every_change_and_stay_each_readers_own()
    {
        await Factory.OpenCycleAsync(Cycle);
        var id = await Factory.ReportAsync(Cycle, "DE", "II.1", ReviewState.Draft, Completion.Limited, "Germany's draft on joint teams.");
        var counter = new QueryCounter();
        await using var counted = counter.Attach(Factory);
        using var secretariat = await counted.SignInToAsync(await Factory.CreateAsync(Roles.Secretariat));
        using var focalPoint = await counted.SignInToAsync(await Factory.CreateAsync(Roles.FocalPoint, "FR"));

        await counter.MeasureAsync(secretariat, Page);
        await counter.MeasureAsync(secretariat, Page);

        // Kept: no command but the stamp, read on its own pool (and the navigation's unread count, when the stamp moved).
        Assert.True(counter.WithoutNavigation == 0, string.Join("\n----\n", counter.Commands));
        Assert.Contains("Germany&#x27;s draft", await secretariat.PageAsync(Page), StringComparison.Ordinal);

        // France's focal point, after the secretariat filled the cache: Germany's draft is not France's to read.
        var french = await focalPoint.PageAsync(Page);
        Assert.DoesNotContain("Germany&#x27;s draft", french, StringComparison.Ordinal);
        Assert.DoesNotContain("Germany's draft", french, StringComparison.Ordinal);

        using var germany = await Factory.SignInAsAsync(Roles.FocalPoint, "DE");
        var version = (await Factory.StoredAsync(id)).Version.ToString(CultureInfo.InvariantCulture);
        using var save = await germany.PostFormAsync(
            $"/reports/{id}", [new("Input.Version", version), new("Input.Completion", "Complete"), new("Input.Narrative", "Germany finished it.")],
            $"/reports/{id}?handler=Save");

        var after = await secretariat.PageAsync(Page);
        Assert.Contains("Germany finished it.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Germany&#x27;s draft", after, StringComparison.Ordinal);
    }
}
