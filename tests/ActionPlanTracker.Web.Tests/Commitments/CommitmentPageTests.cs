using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Commitments;

public sealed class CommitmentPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task A_commitments_page_shows_its_text_every_members_status_and_narrative_and_its_history()
    {
        await Factory.OpenCycleAsync("2071-H1");
        await Factory.ReportAsync("2071-H1", "FR", "II.3", ReviewState.Approved, Completion.Limited, "Earlier account.");
        await Factory.PublishCycleAsync("2071-H1");
        await Factory.OpenCycleAsync("2071-H2");
        await Factory.ReportAsync("2071-H2", "FR", "II.3", ReviewState.Approved, Completion.Substantial, "Joint teams met <twice>.\nA third meeting is planned.");
        await Factory.ReportAsync("2071-H2", "DE", "II.3", ReviewState.Submitted, Completion.Complete, "All done.");
        await Factory.ReportAsync("2071-H2", "GB", "II.3", ReviewState.Approved, Completion.NotApplicable);
        await Factory.TagAsync("II.3", 4);
        using var client = await Factory.SignInAsAsync(Roles.Auditor);
        string text;
        await using (var db = Factory.CreateDbContext())
        {
            text = await db.Commitments.Where(c => c.Code == "II.3").Select(c => c.Text).SingleAsync();
        }

        var html = await client.PageAsync("/plans/g7-smuggling-of-migrants-2024/commitments/ii.3");

        Assert.Equal(text, DashboardData.TextOf(html, "commitment-text"));
        Assert.Contains("Priorities: 4. promote a productive and reliable exchange of information", DashboardData.Text(html), StringComparison.Ordinal);
        Assert.Contains("Every member in cycle 2071-H2", html, StringComparison.Ordinal);
        Assert.Equal("France Substantial Approved Open the report Joint teams met <twice>. A third meeting is planned.", DashboardData.TextOf(html, "member-FR"));
        Assert.Contains("Joint teams met &lt;twice&gt;.&#xA;A third meeting is planned.", html, StringComparison.Ordinal);
        Assert.Equal("Germany Complete Submitted Open the report All done.", DashboardData.TextOf(html, "member-DE"));
        Assert.Equal("United Kingdom Not applicable Approved Open the report Why it does not apply: Not affected.", DashboardData.TextOf(html, "member-GB"));
        Assert.Equal("Italy No report Open the report —", DashboardData.TextOf(html, "member-IT"));

        // History: one row per member, one column per cycle, and the counts per cycle.
        Assert.Equal(["France", "Limited Approved", "Substantial Approved"], DashboardData.Cells(html, "history-FR"));
        Assert.Equal(["Germany", "No report", "Complete Submitted"], DashboardData.Cells(html, "history-DE"));
        Assert.Equal(["2071-H2", "0", "0", "1", "1", "1", "5", "8", "29%"], DashboardData.Cells(html, "cycle-2071-H2"));
        Assert.Contains("<title id=\"chart-history-title\">II.3: members' reports by completion level in each cycle</title>", html, StringComparison.Ordinal);

        var earlier = await client.PageAsync("/plans/g7-smuggling-of-migrants-2024/commitments/II.3?cycle=2071-H1");
        Assert.Equal("France Limited Approved Open the report Earlier account.", DashboardData.TextOf(earlier, "member-FR"));
    }

    [Theory]
    [InlineData("/plans/g7-smuggling-of-migrants-2024/commitments/IX.9")]
    [InlineData("/plans/g7-smuggling-of-migrants-2024/commitments/I.1?cycle=2099-H2")]
    [InlineData("/plans/g7-smuggling-of-migrants-2024/commitments/I.1?cycle=H2")]
    public async Task Unknown_commitments_and_cycles_give_404(string url)
    {
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        await client.PageAsync(url, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Before_any_cycle_opens_the_page_shows_the_text_and_says_there_is_nothing_yet()
    {
        await using var fresh = new AppFactory(await TestPostgres.CreateDatabaseAsync());
        using var client = await fresh.SignInAsAsync(Roles.FocalPoint, "IT");

        var html = await client.PageAsync("/plans/g7-smuggling-of-migrants-2024/commitments/V.5");

        Assert.Contains("Monitoring this Action Plan in the Roma-Lyon Group", html, StringComparison.Ordinal);
        Assert.Contains("No cycle has been opened yet", html, StringComparison.Ordinal);
    }
}
