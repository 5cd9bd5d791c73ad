using System.Net;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Tests.Dashboard;

/// <summary>Every page of the secretariat's view × every role: who gets the page, who is refused, who is sent to sign in.</summary>
public sealed class DashboardAccessTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Cycle = "2081-H1";

    /// <summary>The pages, in the order of the expected statuses below. France's report on I.1 is a draft, and so is Germany's.</summary>
    private static readonly string[] Pages =
    [
        $"/cycles/{Cycle}/dashboard",
        $"/cycles/{Cycle}/readiness",
        $"/cycles/{Cycle}/changes",
        $"/cycles/{Cycle}/changes/FR/I.1",
        $"/cycles/{Cycle}/changes/DE/I.1",
        "/members/DE",
        $"/plans/g7-smuggling-of-migrants-2024/commitments/I.1?cycle={Cycle}",
    ];

    private AppFactory Factory => app.Factory;

    [Theory]
    // A focal point: readiness (every member's drafts) is refused; another member's draft is not there at all.
    [InlineData(Roles.FocalPoint, "FR", new[] { 200, 403, 200, 200, 404, 200, 200 })]
    [InlineData(Roles.Secretariat, null, new[] { 200, 200, 200, 200, 200, 200, 200 })]
    [InlineData(Roles.Auditor, null, new[] { 200, 200, 200, 200, 200, 200, 200 })]
    [InlineData(Roles.Administrator, null, new[] { 200, 200, 200, 200, 200, 200, 200 })]
    public async Task Each_role_gets_what_it_may_read(string role, string? member, int[] expected)
    {
        await SeedAsync();
        using var client = await Factory.SignInAsAsync(role, member);

        var actual = new List<int>();
        foreach (var page in Pages)
        {
            using var response = await client.GetAsync(page);
            actual.Add((int)response.StatusCode);
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_every_page()
    {
        await SeedAsync();
        using var client = Factory.CreateNonRedirectingClient();

        foreach (var page in Pages)
        {
            using var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/sign-in", new Uri(client.BaseAddress!, response.Headers.Location!).AbsolutePath);
        }
    }

    private async Task SeedAsync()
    {
        await using (var db = Factory.CreateDbContext())
        {
            if (db.Cycles.Any(c => c.Code == Cycle))
            {
                return;
            }
        }

        await Factory.OpenCycleAsync(Cycle);
        await Factory.ReportAsync(Cycle, "FR", "I.1", ReviewState.Draft, Completion.Limited);
        await Factory.ReportAsync(Cycle, "DE", "I.1", ReviewState.Draft, Completion.Limited);
    }
}
