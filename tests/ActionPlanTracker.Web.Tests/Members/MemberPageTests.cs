using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Dashboard;

namespace ActionPlanTracker.Web.Tests.Members;

public sealed class MemberPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task A_members_page_shows_its_completion_in_every_cycle_a_trend_per_pillar_and_its_reports()
    {
        await Factory.OpenCycleAsync("2061-H1");
        await Factory.ReportAsync("2061-H1", "FR", "I.1", ReviewState.Approved, Completion.Complete);
        await Factory.ReportAsync("2061-H1", "FR", "I.2", ReviewState.Approved, Completion.Limited);
        await Factory.ReportAsync("2061-H1", "DE", "I.3", ReviewState.Approved, Completion.Complete);
        await Factory.PublishCycleAsync("2061-H1");
        await Factory.OpenCycleAsync("2061-H2");
        await Factory.ReportAsync("2061-H2", "FR", "I.1", ReviewState.Approved, Completion.Complete);
        await Factory.ReportAsync("2061-H2", "FR", "I.2", ReviewState.Submitted, Completion.Substantial);
        var draft = await Factory.ReportAsync("2061-H2", "FR", "I.3", ReviewState.Draft, Completion.Complete);
        await Factory.ReportAsync("2061-H2", "FR", "II.1", ReviewState.Draft, Completion.NotApplicable);
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var html = await client.PageAsync("/members/fr");

        Assert.Contains("<h1>France</h1>", html, StringComparison.Ordinal);
        // Cycle, not started, limited, substantial, complete, not applicable, no report, total, high completion.
        Assert.Equal(["2061-H1", "0", "1", "0", "1", "0", "25", "27", "4%"], DashboardData.Cells(html, "cycle-2061-H1"));
        Assert.Equal(["2061-H2", "0", "0", "1", "2", "1", "23", "27", "12%"], DashboardData.Cells(html, "cycle-2061-H2"));
        Assert.Equal(["I Strengthening the operational and investigative capacities of law enforcement agencies", "17%", "50%"],
            DashboardData.Cells(html, "trend-row-I"));
        Assert.Equal(["II Strengthening international, judicial and police cooperation", "0%", "0%"], DashboardData.Cells(html, "trend-row-II"));
        Assert.Equal("2061-H1: 17%; 2061-H2: 50%.", DashboardData.TextOf(html, "trend-I-desc"));
        Assert.Contains("<svg id=\"trend-I\" class=\"chart\" role=\"img\" aria-labelledby=\"trend-I-title trend-I-desc\"", html, StringComparison.Ordinal);
        Assert.NotNull(DashboardData.MarkupOf(html, "chart-cycles-desc"));

        // The reports of the latest cycle by default, each linking to where the reader acts on it.
        Assert.Contains("Reports in cycle 2061-H2", html, StringComparison.Ordinal);
        Assert.Equal("I.3 Intelligence and information exchange Complete Draft Open the report", DashboardData.TextOf(html, "report-I.3"));
        Assert.Contains($"href=\"/review/{draft}\"", DashboardData.MarkupOf(html, "report-I.3"), StringComparison.Ordinal);

        var earlier = await client.PageAsync("/members/FR?cycle=2061-H1");
        Assert.Equal("I.2 Network of liaison officers Limited Approved Open the report", DashboardData.TextOf(earlier, "report-I.2"));
        Assert.Contains("Reports in cycle 2061-H1", earlier, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_members_focal_point_sees_only_the_approved_reports_in_the_trend()
    {
        await Factory.OpenCycleAsync("2062-H1");
        await Factory.ReportAsync("2062-H1", "FR", "I.1", ReviewState.Approved, Completion.Complete);
        await Factory.ReportAsync("2062-H1", "FR", "I.2", ReviewState.Submitted, Completion.Complete);
        using var own = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        using var other = await Factory.SignInAsAsync(Roles.FocalPoint, "DE");

        var ownView = await own.PageAsync("/members/FR?cycle=2062-H1");
        var otherView = await other.PageAsync("/members/FR?cycle=2062-H1");

        Assert.Equal(["2062-H1", "0", "0", "0", "2", "0", "25", "27", "7%"], DashboardData.Cells(ownView, "cycle-2062-H1"));
        // Not started … no report, not yet approved, total, high: of the one report it may see, one is high.
        Assert.Equal(["2062-H1", "0", "0", "0", "1", "0", "0", "26", "27", "100%"], DashboardData.Cells(otherView, "cycle-2062-H1"));
        Assert.Equal("I.2 Network of liaison officers Not yet approved", DashboardData.TextOf(otherView, "report-I.2"));
        Assert.Contains("Complete Submitted", DashboardData.TextOf(ownView, "report-I.2"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/members/XX")]
    [InlineData("/members/FR?cycle=2099-H1")]
    [InlineData("/members/FR?cycle=someday")]
    public async Task Unknown_members_and_cycles_give_404(string url)
    {
        using var client = await Factory.SignInAsAsync(Roles.Auditor);

        await client.PageAsync(url, HttpStatusCode.NotFound);
    }
}
