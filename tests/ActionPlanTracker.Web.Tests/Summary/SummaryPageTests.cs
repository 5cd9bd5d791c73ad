using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Pages.Summary.Documents;
using ActionPlanTracker.Web.Tests.Review;
using Html = ActionPlanTracker.Web.Tests.Dashboard.DashboardData;

namespace ActionPlanTracker.Web.Tests.Summary;

/// <summary>/cycles/{cycle}/summary: the HTML preview, built from the revision history as of a moment.</summary>
public sealed class SummaryPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task The_summary_shows_each_commitment_by_member_with_the_change_provisional_reports_and_missing_ones()
    {
        var cycle = await SummaryData.CreateAsync(Factory, 2041);
        using var client = await Factory.SignInAsAsync(Roles.Auditor);

        // After the sign-in, whose audit event is then the chain's head at that moment even when no test ran before.
        var asOf = SummaryData.Now();

        var html = await Html.PageAsync(client, $"/cycles/{cycle}/summary?asOf={asOf}");

        Assert.Equal(["France", "Substantial (Approved)", "Improved"], Html.Cells(html, "row-I.1-FR"));
        Assert.Equal(["Germany", "Complete (Submitted, provisional)", "New"], Html.Cells(html, "row-I.1-DE"));
        Assert.Equal(["Italy", "Not applicable (Draft, provisional)", "New"], Html.Cells(html, "row-I.2-IT"));
        Assert.Equal(["Japan", "No report", ""], Html.Cells(html, "row-I.1-JP"));
        var text = Html.Text(html);
        Assert.Contains("Law adopted, \"in force\", 1 May.", text, StringComparison.Ordinal);
        Assert.Contains("No sea border on that route.", text, StringComparison.Ordinal);
        Assert.Contains(" I.1 · Japan", " " + Html.TextOf(html, "missing"), StringComparison.Ordinal);
        Assert.DoesNotContain(" I.1 · France", " " + Html.TextOf(html, "missing"), StringComparison.Ordinal);
        Assert.Equal(asOf, Html.TextOf(html, "as-of"));
        Assert.StartsWith("Not published", Html.TextOf(html, "published"), StringComparison.Ordinal);
        Assert.Equal(await SummaryData.ChainHeadAsync(Factory, SummaryFormat.ParseTime(asOf)!.Value), Html.TextOf(html, "chain-head"));
        Assert.Matches("^[0-9a-f]{64}$", Html.TextOf(html, "fingerprint"));
        var france = Html.Cells(html, "member-FR");
        Assert.Equal(["France", "0", "0", "1", "0", "0"], france.Take(6));
        Assert.StartsWith("1 of ", france[^1], StringComparison.Ordinal);
        Assert.Contains($"/cycles/{cycle}/summary.docx?asOf=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task As_of_an_earlier_moment_the_summary_shows_the_text_of_that_moment()
    {
        await Factory.OpenCycleAsync("2042-H2");
        await Factory.SaveDraftAsync("2042-H2", "FR", "II.1", Completion.Limited, "Old wording of the narrative.", SummaryData.At);
        await Factory.SaveDraftAsync("2042-H2", "FR", "II.1", Completion.Complete, "New wording of the narrative.", SummaryData.At.AddDays(2));
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var before = await Html.PageAsync(client, "/cycles/2042-H2/summary?asOf=2026-11-03T00:00:00Z");
        var now = await Html.PageAsync(client, "/cycles/2042-H2/summary");
        var earliest = await Html.PageAsync(client, "/cycles/2042-H2/summary?asOf=2026-11-01");

        Assert.Contains("Old wording of the narrative.", before, StringComparison.Ordinal);
        Assert.DoesNotContain("New wording", before, StringComparison.Ordinal);
        Assert.Equal("Limited (Draft, provisional)", Html.Cells(before, "row-II.1-FR")[1]);
        Assert.Contains("New wording of the narrative.", now, StringComparison.Ordinal);
        Assert.Equal("Complete (Draft, provisional)", Html.Cells(now, "row-II.1-FR")[1]);
        Assert.Equal("No report", Html.Cells(earliest, "row-II.1-FR")[1]);
        Assert.NotEqual(Html.TextOf(before, "fingerprint"), Html.TextOf(now, "fingerprint"));
    }

    [Fact]
    public async Task The_same_data_give_the_same_fingerprint_at_two_moments()
    {
        await Factory.OpenCycleAsync("2043-H2");
        await Factory.SaveDraftAsync("2043-H2", "US", "I.1", Completion.Limited, "Stable text.", SummaryData.At);
        using var client = await Factory.SignInAsAsync(Roles.Administrator);

        var first = await Html.PageAsync(client, "/cycles/2043-H2/summary?asOf=2026-11-05T00:00:00Z");
        var second = await Html.PageAsync(client, "/cycles/2043-H2/summary?asOf=2026-11-06T00:00:00Z");

        Assert.Equal(Html.TextOf(first, "fingerprint"), Html.TextOf(second, "fingerprint"));
    }

    [Theory]
    [InlineData("asOf=yesterday", "ISO 8601")]
    [InlineData("asOf=2999-01-01T00:00:00Z", "cannot be in the future")]
    public async Task A_bad_as_of_answers_400_with_the_reason(string query, string reason)
    {
        await Factory.EnsureCycleOpenAsync("2044-H2");
        using var client = await Factory.SignInAsAsync(Roles.Auditor);

        var html = await Html.PageAsync(client, "/cycles/2044-H2/summary?" + query, HttpStatusCode.BadRequest);

        Assert.Contains(reason, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_cycle_answers_404_and_focal_points_get_403()
    {
        await Factory.EnsureCycleOpenAsync("2045-H2");
        using var auditor = await Factory.SignInAsAsync(Roles.Auditor);
        using var focalPoint = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        await Html.PageAsync(auditor, "/cycles/2099-H2/summary", HttpStatusCode.NotFound);
        await Html.PageAsync(auditor, "/cycles/nonsense/summary", HttpStatusCode.NotFound);
        using var refused = await focalPoint.GetAsync("/cycles/2045-H2/summary");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}

internal static class SummaryCycles
{
    public static async Task EnsureCycleOpenAsync(this AppFactory factory, string code)
    {
        await using var db = factory.CreateDbContext();
        if (!db.Cycles.Any(c => c.Code == code))
        {
            await factory.OpenCycleAsync(code);
        }
    }
}
