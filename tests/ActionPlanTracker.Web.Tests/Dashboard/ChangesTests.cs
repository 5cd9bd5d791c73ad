using System.Net;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Tests.Dashboard;

public sealed class ChangesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Each_report_is_labelled_improved_unchanged_regressed_or_new_against_the_previous_cycle()
    {
        await SeedAsync("2041-H2", "2042-H1");
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var html = await client.PageAsync("/cycles/2042-H1/changes");

        Assert.Equal("▲ Improved Limited → Substantial Compare the texts", DashboardData.TextOf(html, "change-I.1-FR"));
        Assert.Equal("▼ Regressed Complete → Limited Compare the texts", DashboardData.TextOf(html, "change-I.2-FR"));
        Assert.Equal("= Unchanged Limited → Limited Compare the texts", DashboardData.TextOf(html, "change-I.3-FR"));
        Assert.Equal("+ New No report → Limited Compare the texts", DashboardData.TextOf(html, "change-I.4-FR"));
        Assert.Equal("+ New Limited → Not applicable Compare the texts", DashboardData.TextOf(html, "change-I.5-FR"));
        Assert.Equal("No report", DashboardData.TextOf(html, "change-I.6-FR"));
        Assert.Contains("href=\"/cycles/2042-H1/changes/FR/I.1\"", DashboardData.MarkupOf(html, "change-I.1-FR"), StringComparison.Ordinal);
        Assert.Contains("class=\"cell change change--regressed\"", DashboardData.MarkupOf(html, "change-I.2-FR"), StringComparison.Ordinal);
        // Member, improved, unchanged, regressed, new, no report.
        Assert.Equal(["France", "1", "1", "1", "2", "22"], DashboardData.Cells(html, "changes-FR"));
        Assert.Equal(["Germany", "0", "0", "0", "0", "27"], DashboardData.Cells(html, "changes-DE"));
        Assert.Equal(27, System.Text.RegularExpressions.Regex.Count(html, "<tr id=\"row-"));
    }

    [Fact]
    public async Task The_changed_only_filter_keeps_the_improved_regressed_and_new_reports()
    {
        await SeedAsync("2043-H2", "2044-H1");
        using var client = await Factory.SignInAsAsync(Roles.Auditor);

        var html = await client.PageAsync("/cycles/2044-H1/changes?changed=true");

        var rows = System.Text.RegularExpressions.Regex.Matches(html, "<tr id=\"(row-[^\"]+)\"").Select(m => m.Groups[1].Value);
        Assert.Equal(["row-I.1", "row-I.2", "row-I.4", "row-I.5"], rows);
        Assert.Equal("–", DashboardData.TextOf(html, "change-I.1-DE"));
        Assert.Contains("id=\"changed\" name=\"changed\" value=\"true\" checked=\"checked\"", html, StringComparison.Ordinal);

        var refused = await client.PageAsync("/cycles/2044-H1/changes?changed=maybe", HttpStatusCode.BadRequest);
        Assert.Contains("There is a problem", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("<tr id=\"row-", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_narrative_is_compared_word_by_word_with_the_previous_cycles_and_stays_encoded()
    {
        await Factory.OpenCycleAsync("2045-H1");
        await Factory.ReportAsync("2045-H1", "FR", "I.1", ReviewState.Approved, Completion.Limited, "We set up a unit.\nIt has five officers.");
        await Factory.PublishCycleAsync("2045-H1");
        await Factory.OpenCycleAsync("2045-H2");
        await Factory.ReportAsync("2045-H2", "FR", "I.1", ReviewState.Submitted, Completion.Substantial, "We set up a <b>unit</b>.\nIt has twelve officers.");
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var html = await client.PageAsync("/cycles/2045-H2/changes/FR/I.1");

        Assert.Equal("Change since 2045-H1: Improved", DashboardData.TextOf(html, "change"));
        Assert.Equal("Limited Approved", DashboardData.TextOf(html, "before-level"));
        Assert.Equal("Substantial Submitted", DashboardData.TextOf(html, "now-level"));
        Assert.Contains(
            "<p class=\"prose diff diff__text\">We set up a <del><span class=\"visually-hidden\">removed: </span>unit</del> <ins><span class=\"visually-hidden\">added: </span>&lt;b&gt;unit&lt;/b&gt;</ins>.&#xA;"
            + "It has <del><span class=\"visually-hidden\">removed: </span>five</del> <ins><span class=\"visually-hidden\">added: </span>twelve</ins> officers.</p>",
            html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>unit</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_without_a_previous_version_is_shown_as_all_new()
    {
        await Factory.OpenCycleAsync("2046-H1");
        await Factory.ReportAsync("2046-H1", "DE", "II.1", ReviewState.Draft, Completion.Limited, "First words.");
        using var client = await Factory.SignInAsAsync(Roles.Administrator);

        var html = await client.PageAsync("/cycles/2046-H1/changes/de/ii.1");

        Assert.Equal("Change since 2045-H2: New", DashboardData.TextOf(html, "change"));
        Assert.Equal("No report in 2045-H2.", DashboardData.TextOf(html, "before-level"));
        Assert.Contains("<ins class=\"diff__whole\"><span class=\"visually-hidden\">added: </span>First words.</ins>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/cycles/2047-H1/changes")]
    [InlineData("/cycles/2047-H1/changes/FR/I.1")]
    [InlineData("/cycles/2048-H1/changes/XX/I.1")]
    [InlineData("/cycles/2048-H1/changes/FR/IX.9")]
    [InlineData("/cycles/bad/changes/FR/I.1")]
    public async Task Unknown_cycles_members_and_commitments_give_404(string url)
    {
        await Factory.EnsureCycleAsync("2048-H1");
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        await client.PageAsync(url, HttpStatusCode.NotFound);
    }

    /// <summary>France's reports: I.1 improves, I.2 regresses, I.3 stays, I.4 is new, I.5 moves to Not applicable, I.6 is not written again.</summary>
    private async Task SeedAsync(string previous, string current)
    {
        await Factory.OpenCycleAsync(previous);
        await Factory.ReportAsync(previous, "FR", "I.1", ReviewState.Approved, Completion.Limited);
        await Factory.ReportAsync(previous, "FR", "I.2", ReviewState.Approved, Completion.Complete);
        await Factory.ReportAsync(previous, "FR", "I.3", ReviewState.Approved, Completion.Limited);
        await Factory.ReportAsync(previous, "FR", "I.5", ReviewState.Approved, Completion.Limited);
        await Factory.ReportAsync(previous, "FR", "I.6", ReviewState.Approved, Completion.Limited);
        await Factory.PublishCycleAsync(previous);
        await Factory.OpenCycleAsync(current);
        await Factory.ReportAsync(current, "FR", "I.1", ReviewState.Submitted, Completion.Substantial);
        await Factory.ReportAsync(current, "FR", "I.2", ReviewState.Draft, Completion.Limited);
        await Factory.ReportAsync(current, "FR", "I.3", ReviewState.Approved, Completion.Limited);
        await Factory.ReportAsync(current, "FR", "I.4", ReviewState.Returned, Completion.Limited);
        await Factory.ReportAsync(current, "FR", "I.5", ReviewState.Approved, Completion.NotApplicable);
    }
}
