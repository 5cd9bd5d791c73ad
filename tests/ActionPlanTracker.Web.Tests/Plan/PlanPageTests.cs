using System.Net;
using System.Text.Encodings.Web;
using ActionPlanTracker.Data.Seed;

namespace ActionPlanTracker.Web.Tests.Plan;

public sealed class PlanPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly PlanDocument Plan = PlanDocument.Load();

    [Fact]
    public async Task Plan_page_is_public_and_shows_the_title_and_adoption()
    {
        using var client = app.Factory.CreateClient();

        using var response = await client.GetAsync("/plans/g7-smuggling-of-migrants-2024");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>G7 Action Plan to Prevent and Counter the Smuggling of Migrants</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Mirabella Eclano, 2–4 October 2024", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_each_commitment_leads_to_its_page_and_a_visitor_reads_the_plan_only()
    {
        using var visitor = app.Factory.CreateClient();
        using var reader = await app.Factory.SignInAsAsync(ActionPlanTracker.Domain.Roles.FocalPoint, "FR");

        var anonymous = await visitor.GetStringAsync("/plans/g7-smuggling-of-migrants-2024");
        var signedIn = await reader.GetStringAsync("/plans/g7-smuggling-of-migrants-2024");

        Assert.DoesNotContain("/commitments/", anonymous, StringComparison.Ordinal);
        foreach (var commitment in Plan.Pillars.SelectMany(p => p.Commitments))
        {
            Assert.Contains($"href=\"/plans/g7-smuggling-of-migrants-2024/commitments/{commitment.Code}\"", signedIn, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Plan_page_shows_every_commitment_with_its_code_and_full_text_in_the_plan_order()
    {
        using var client = app.Factory.CreateClient();

        var html = await client.GetStringAsync("/plans/g7-smuggling-of-migrants-2024");

        var position = 0;
        foreach (var pillar in Plan.Pillars)
        {
            position = IndexAfter(html, HtmlEncoder.Default.Encode(pillar.LeadSentence), position);
            foreach (var commitment in pillar.Commitments)
            {
                position = IndexAfter(html, $"<span class=\"code\">{commitment.Code}</span>", position);
                position = IndexAfter(html, HtmlEncoder.Default.Encode(commitment.Text), position);
            }
        }
    }

    [Fact]
    public async Task Plan_page_shows_the_six_priorities()
    {
        using var client = app.Factory.CreateClient();

        var html = await client.GetStringAsync("/plans/g7-smuggling-of-migrants-2024");

        Assert.All(Plan.Priorities, p => Assert.Contains(HtmlEncoder.Default.Encode(p.Title), html, StringComparison.Ordinal));
        Assert.Contains("<li id=\"priority-6\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_page_leads_to_the_plan()
    {
        using var client = app.Factory.CreateNonRedirectingClient();

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/plans", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Unknown_address_gets_a_page_in_words_with_status_404()
    {
        using var client = app.Factory.CreateClient();

        using var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static int IndexAfter(string html, string fragment, int start)
    {
        var index = html.IndexOf(fragment, start, StringComparison.Ordinal);
        Assert.True(index >= 0, $"Expected, after position {start}: {fragment}");
        return index + fragment.Length;
    }
}
