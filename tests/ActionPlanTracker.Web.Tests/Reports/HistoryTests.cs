using System.Net;
using System.Text.RegularExpressions;
using ActionPlanTracker.Domain;
using static ActionPlanTracker.Web.Tests.Reports.ReportForm;

namespace ActionPlanTracker.Web.Tests.Reports;

public sealed class HistoryTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task History_shows_every_revision_newest_first_with_the_secretariats_comment()
    {
        var id = await ReturnedAndRevisedAsync("2071-H1");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var response = await client.GetAsync($"/reports/{id}/history");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(["4", "3", "2", "1"], Regex.Matches(html, "<tr id=\"revision-([0-9]+)\">").Select(m => m.Groups[1].Value));
        Assert.Contains(Html.Encode("Give the <i>numbers</i>."), html, StringComparison.Ordinal);
        Assert.Contains(Html.Encode("First <i>draft</i>."), html, StringComparison.Ordinal);
        Assert.Contains(Html.Encode("Numbers: 40 cases."), html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.Contains("Returned by the secretariat", html, StringComparison.Ordinal);
        Assert.Contains("<details>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Auditor, "2071-H2")]
    [InlineData(Roles.Secretariat, "2072-H1")]
    public async Task Those_who_read_everything_see_the_history(string role, string cycle)
    {
        var id = await ReturnedAndRevisedAsync(cycle);
        using var client = await Factory.SignInAsAsync(role);

        using var response = await client.GetAsync($"/reports/{id}/history");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Html.Encode("First <i>draft</i>."), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_members_focal_point_gets_404()
    {
        var id = await ReturnedAndRevisedAsync("2072-H2");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "DE");

        using var response = await client.GetAsync($"/reports/{id}/history");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("draft", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>France's report on I.1: saved, submitted, returned with a comment, saved again (four revisions).</summary>
    private async Task<int> ReturnedAndRevisedAsync(string cycle)
    {
        await Factory.OpenCycleAsync(cycle);
        var id = await Factory.ReportIdAsync(cycle, "FR", "I.1");
        await Factory.SubmitAsync(id, ReportData.Content("First <i>draft</i>."));
        await Factory.ChangeAsync(id, (report, reportCycle) =>
        {
            report.Return(reportCycle, "Give the <i>numbers</i>.", ReportData.Secretariat, DateTimeOffset.UtcNow);
            report.SaveDraft(reportCycle, ReportData.Content("Numbers: 40 cases."), "fp@example.org", DateTimeOffset.UtcNow);
        });
        return id;
    }
}
