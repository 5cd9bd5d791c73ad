using System.Net;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Tests.Dashboard;

/// <summary>
/// Members share their approved progress; a focal point never sees another member's drafts or returned reports,
/// on any of the secretariat's views, while those who read all see everything.
/// </summary>
public sealed class FocalPointVisibilityTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string GermanDraft = "Draft text Germany has not sent yet.";
    private const string GermanReturned = "Text the secretariat sent back to Germany.";
    private const string GermanApproved = "Germany's approved account of the period.";
    private const string FrenchDraft = "France's own unfinished draft.";

    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Focal_point_sees_another_members_approved_level_but_not_its_draft_or_returned_reports_and_sees_its_own_drafts()
    {
        var ids = await SeedAsync("2051-H1");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        var html = await client.PageAsync("/cycles/2051-H1/dashboard");

        Assert.Equal("Complete Approved", DashboardData.TextOf(html, "cell-I.1-DE"));
        Assert.Contains("href=\"/plans/g7-smuggling-of-migrants-2024/commitments/I.1?cycle=2051-H1&amp;member=DE#member-DE\"", DashboardData.MarkupOf(html, "cell-I.1-DE"), StringComparison.Ordinal);
        foreach (var cell in new[] { "cell-I.2-DE", "cell-I.3-DE", "cell-I.4-DE" })
        {
            Assert.Equal("Not yet approved", DashboardData.TextOf(html, cell));
            Assert.DoesNotContain("href", DashboardData.MarkupOf(html, cell), StringComparison.Ordinal);
        }

        Assert.Equal("Not started Draft", DashboardData.TextOf(html, "cell-I.2-FR"));
        Assert.Contains($"href=\"/reports/{ids.FrenchDraft}\"", DashboardData.MarkupOf(html, "cell-I.2-FR"), StringComparison.Ordinal);
        Assert.DoesNotContain($"/review/", html, StringComparison.Ordinal);

        // Germany's roll-up counts its hidden reports as such, never by level.
        Assert.Equal(["Germany", "0", "0", "0", "1", "0", "0", "26", "27", "100%"], DashboardData.Cells(html, "rollup-member-DE"));
        Assert.Equal(["France", "1", "0", "0", "0", "0", "26", "0", "27", "0%"], DashboardData.Cells(html, "rollup-member-FR"));
    }

    [Theory]
    [InlineData("2052-H1", "state=Draft")]
    [InlineData("2052-H2", "state=Returned")]
    [InlineData("2057-H1", "level=Substantial")]
    [InlineData("2057-H2", "level=Limited")]
    [InlineData("2058-H1", "state=None")]
    public async Task Filters_do_not_reveal_what_a_focal_point_may_not_see(string cycle, string filter)
    {
        await SeedAsync(cycle);
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        var html = await client.PageAsync($"/cycles/{cycle}/dashboard?member=DE&{filter}");

        Assert.DoesNotContain("<tr id=\"row-", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Focal_point_never_reads_another_members_unapproved_narrative_on_any_page()
    {
        await SeedAsync("2053-H1");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        var pages = new[]
        {
            "/cycles/2053-H1/dashboard", "/cycles/2053-H1/changes", "/members/DE?cycle=2053-H1",
            "/plans/g7-smuggling-of-migrants-2024/commitments/I.1?cycle=2053-H1", "/plans/g7-smuggling-of-migrants-2024/commitments/I.2?cycle=2053-H1", "/plans/g7-smuggling-of-migrants-2024/commitments/I.3?cycle=2053-H1",
            "/cycles/2053-H1/changes/DE/I.1",
        };
        foreach (var url in pages)
        {
            var text = DashboardData.Text(await client.PageAsync(url));
            Assert.DoesNotContain(GermanDraft, text, StringComparison.Ordinal);
            Assert.DoesNotContain(GermanReturned, text, StringComparison.Ordinal);
        }

        var approved = await client.PageAsync("/plans/g7-smuggling-of-migrants-2024/commitments/I.1?cycle=2053-H1");
        Assert.Contains(GermanApproved, DashboardData.TextOf(approved, "member-DE"), StringComparison.Ordinal);
        var draft = await client.PageAsync("/plans/g7-smuggling-of-migrants-2024/commitments/I.2?cycle=2053-H1");
        Assert.Equal("Germany Not yet approved Not yet approved", DashboardData.TextOf(draft, "member-DE"));
        Assert.Contains(FrenchDraft, DashboardData.TextOf(draft, "member-FR"), StringComparison.Ordinal);

        var member = await client.PageAsync("/members/DE?cycle=2053-H1");
        Assert.Equal("I.2 Network of liaison officers Not yet approved", DashboardData.TextOf(member, "report-I.2"));
        Assert.Equal("I.1 Specialised law enforcement units Complete Approved Open the report", DashboardData.TextOf(member, "report-I.1"));

        var changes = await client.PageAsync("/cycles/2053-H1/changes");
        Assert.Equal("Not yet approved", DashboardData.TextOf(changes, "change-I.2-DE"));
        await client.PageAsync("/cycles/2053-H1/changes/DE/I.2", HttpStatusCode.NotFound);
        await client.PageAsync("/cycles/2053-H1/changes/DE/I.3", HttpStatusCode.NotFound);
        var own = await client.PageAsync("/cycles/2053-H1/changes/FR/I.2");
        Assert.Contains(FrenchDraft, DashboardData.Text(own), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Secretariat, "/review/{0}")]
    [InlineData(Roles.Auditor, "/reports/{0}/history")]
    [InlineData(Roles.Administrator, "/reports/{0}/history")]
    public async Task Those_who_read_all_see_every_members_drafts_and_returned_reports(string role, string link)
    {
        var cycle = role switch { Roles.Secretariat => "2054-H1", Roles.Auditor => "2055-H1", _ => "2056-H1" };
        var ids = await SeedAsync(cycle);
        using var client = await Factory.SignInAsAsync(role);

        var html = await client.PageAsync($"/cycles/{cycle}/dashboard");

        Assert.Equal("Substantial Draft", DashboardData.TextOf(html, "cell-I.2-DE"));
        Assert.Equal("Limited Returned", DashboardData.TextOf(html, "cell-I.3-DE"));
        Assert.Equal("Not started Draft", DashboardData.TextOf(html, "cell-I.2-FR"));
        Assert.Contains($"href=\"{string.Format(System.Globalization.CultureInfo.InvariantCulture, link, ids.GermanDraft)}\"",
            DashboardData.MarkupOf(html, "cell-I.2-DE"), StringComparison.Ordinal);
        Assert.DoesNotContain("Not yet approved", html, StringComparison.Ordinal);
        var commitment = await client.PageAsync($"/plans/g7-smuggling-of-migrants-2024/commitments/I.2?cycle={cycle}");
        Assert.Contains(GermanDraft, DashboardData.TextOf(commitment, "member-DE"), StringComparison.Ordinal);
    }

    private async Task<(int GermanDraft, int FrenchDraft)> SeedAsync(string cycle)
    {
        await Factory.OpenCycleAsync(cycle);
        await Factory.ReportAsync(cycle, "DE", "I.1", ReviewState.Approved, Completion.Complete, GermanApproved);
        var germanDraft = await Factory.ReportAsync(cycle, "DE", "I.2", ReviewState.Draft, Completion.Substantial, GermanDraft);
        await Factory.ReportAsync(cycle, "DE", "I.3", ReviewState.Returned, Completion.Limited, GermanReturned);
        await Factory.ReportAsync(cycle, "DE", "I.4", ReviewState.Submitted, Completion.Limited, GermanReturned);
        var frenchDraft = await Factory.ReportAsync(cycle, "FR", "I.2", ReviewState.Draft, Completion.NotStarted, FrenchDraft);
        return (germanDraft, frenchDraft);
    }
}
