using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Reports;
using static ActionPlanTracker.Web.Tests.Audit.AuditData;

namespace ActionPlanTracker.Web.Tests.Audit;

/// <summary>/audit/reports/{id}: two revisions of a report side by side, long text diffed word by word.</summary>
public sealed class ReportChangesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task By_default_the_last_revision_is_compared_with_the_one_before_it()
    {
        var id = await ThreeRevisionsAsync("2091-H1");
        using var client = await Factory.SignInAsAsync(Roles.Auditor);

        using var response = await client.GetAsync($"/audit/reports/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<option value=\"2\" selected=\"selected\">Revision 2,", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"3\" selected=\"selected\">Revision 3,", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"prose\">Draft</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"prose\">Submitted</td>", html, StringComparison.Ordinal);
        Assert.Contains("Completion (unchanged)", html, StringComparison.Ordinal);
        Assert.Contains("Narrative (unchanged)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<del>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_two_revisions_can_be_compared_and_every_text_is_encoded()
    {
        var id = await ThreeRevisionsAsync("2091-H2");
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var html = await client.GetStringAsync($"/audit/reports/{id}?from=1&to=3");
        var fromNothing = await client.GetStringAsync($"/audit/reports/{id}?from=0&to=1");

        Assert.Contains(" trained <del>40</del> <ins>120</ins> officers.", html, StringComparison.Ordinal);
        Assert.Contains("<del>" + Html.Encode("<i>First</i>"), html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"prose\">NotStarted</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"prose\">Limited</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>First</i>", html, StringComparison.Ordinal);
        Assert.Contains("<ins>" + Html.Encode("<i>First</i> we trained 40 officers.") + "</ins>", fromNothing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_members_own_focal_point_may_compare_but_another_members_gets_404()
    {
        var id = await ThreeRevisionsAsync("2092-H1");
        using var own = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        using var other = await Factory.SignInAsAsync(Roles.FocalPoint, "DE");

        using var ownResponse = await own.GetAsync($"/audit/reports/{id}");
        using var otherResponse = await other.GetAsync($"/audit/reports/{id}?from=1&to=2");

        Assert.Equal(HttpStatusCode.OK, ownResponse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherResponse.StatusCode);
        Assert.DoesNotContain("officers", await otherResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2092-H2", "?from=1&to=9", HttpStatusCode.NotFound)]
    [InlineData("2093-H1", "?from=-1&to=2", HttpStatusCode.NotFound)]
    [InlineData("2093-H2", "?from=one", HttpStatusCode.BadRequest)]
    public async Task Unknown_revisions_answer_404_and_malformed_numbers_400(string cycle, string query, HttpStatusCode expected)
    {
        var id = await ThreeRevisionsAsync(cycle);
        using var client = await Factory.SignInAsAsync(Roles.Auditor);

        using var response = await client.GetAsync($"/audit/reports/{id}{query}");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_report_answers_404()
    {
        using var client = await Factory.SignInAsAsync(Roles.Auditor);

        using var response = await client.GetAsync("/audit/reports/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_reports_history_links_to_the_comparison()
    {
        var id = await ThreeRevisionsAsync("2094-H1");
        using var client = await Factory.SignInAsAsync(Roles.Auditor);

        var html = await client.GetStringAsync($"/reports/{id}/history");

        Assert.Contains($"href=\"/audit/reports/{id}\"", html, StringComparison.Ordinal);
    }

    /// <summary>France's report on I.1: saved, saved with another text and level, then submitted (three revisions).</summary>
    private async Task<int> ThreeRevisionsAsync(string cycle)
    {
        await Factory.OpenCycleAsync(cycle);
        var id = await Factory.ReportIdAsync(cycle, "FR", "I.1");
        await Factory.SaveAsync(id, ReportData.Content("<i>First</i> we trained 40 officers.", Completion.NotStarted));
        await Factory.SubmitAsync(id, ReportData.Content("We trained 120 officers.\nMore next year."));
        return id;
    }
}
