using System.Net;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Cycles;

public sealed class CycleWorkflowTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Opening_gives_each_of_the_8_members_a_slot_for_each_of_the_27_commitments()
    {
        var cycle = await CycleData.CreateAsync(app.Factory, "2031-H1");
        var secretariat = await app.Factory.CreateAsync(Roles.Secretariat);
        using var client = await app.Factory.SignInAsync(secretariat);

        using var response = await PostAsync(client, "2031-H1", "Open");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/cycles/2031-H1", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Cycle 2031-H1 is open: every member has a report slot for every commitment", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = app.Factory.CreateDbContext();
        Assert.Equal(CycleState.Open, (await db.Cycles.AsNoTracking().SingleAsync(c => c.Id == cycle.Id)).State);
        var slots = await db.Reports.AsNoTracking().Where(r => r.CycleId == cycle.Id).ToListAsync();
        Assert.Equal(8 * 27, slots.Count);
        Assert.Equal(8, slots.Select(r => r.MemberId).Distinct().Count());
        Assert.Equal(27, slots.Select(r => r.CommitmentId).Distinct().Count());
        Assert.All(slots, r => Assert.Equal((ReviewState.Draft, false), (r.State, r.HasContent)));
        var opened = Assert.Single(await CycleData.AuditOfAsync(app.Factory, cycle), e => e.Action == nameof(AuditAction.Opened));
        Assert.Equal(secretariat.Email, opened.Actor);
    }

    [Fact]
    public async Task A_second_open_is_refused_with_the_domains_message_and_changes_nothing()
    {
        var cycle = await CycleData.CreateAsync(app.Factory, "2032-H1");
        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);
        using (var first = await PostAsync(client, "2032-H1", "Open"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var opened = await CycleData.FindAsync(app.Factory, "2032-H1");

        using var second = await PostAsync(client, "2032-H1", "Open");

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("Cycle 2032-H1 is open; only a cycle that is planned can become open.", CycleData.Problem(await second.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var db = app.Factory.CreateDbContext();
        Assert.Equal(216, await db.Reports.CountAsync(r => r.CycleId == cycle.Id));
        Assert.Equal(opened!.Version, (await CycleData.FindAsync(app.Factory, "2032-H1"))!.Version);
        Assert.Single(await CycleData.AuditOfAsync(app.Factory, cycle), e => e.Action == nameof(AuditAction.Opened));
    }

    [Fact]
    public async Task Starting_the_review_moves_an_open_cycle_under_review()
    {
        var cycle = await CycleData.CreateAsync(app.Factory, "2033-H1", CycleState.Open);
        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);

        using var response = await PostAsync(client, "2033-H1", "StartReview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cycle 2033-H1 is under review.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CycleState.UnderReview, (await CycleData.FindAsync(app.Factory, "2033-H1"))!.State);
        Assert.Single(await CycleData.AuditOfAsync(app.Factory, cycle), e => e.Action == nameof(AuditAction.ReviewStarted));
    }

    [Fact]
    public async Task Publish_confirmation_says_how_many_reports_are_not_approved()
    {
        await CycleData.CreateAsync(app.Factory, "2034-H1", CycleState.Open);
        await CycleData.SetReportAsync(app.Factory, "2034-H1", "FR", "I.1", ReviewState.Approved);
        await CycleData.SetReportAsync(app.Factory, "2034-H1", "DE", "I.1", ReviewState.Approved);
        await CycleData.SetReportAsync(app.Factory, "2034-H1", "IT", "I.1", ReviewState.Submitted);
        await using (var db = app.Factory.CreateDbContext())
        {
            var stored = await db.Cycles.SingleAsync(c => c.Code == "2034-H1");
            stored.StartReview();
            await db.SaveChangesAsync();
        }

        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);

        var html = await client.GetStringAsync("/cycles/2034-H1");

        Assert.Contains("214 of 216 reports are not approved.", html, StringComparison.Ordinal);
        Assert.Contains("marked as provisional", html, StringComparison.Ordinal);
        Assert.Contains(">Publish</button>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Open for reporting</button>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_freezes_a_cycle_under_review()
    {
        var cycle = await CycleData.CreateAsync(app.Factory, "2035-H1", CycleState.UnderReview);
        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);

        using var response = await PostAsync(client, "2035-H1", "Publish");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Cycle 2035-H1 is published and frozen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<button type=\"submit\" class=\"button button--primary\">", html, StringComparison.Ordinal);
        Assert.Equal(CycleState.Published, (await CycleData.FindAsync(app.Factory, "2035-H1"))!.State);
        Assert.Single(await CycleData.AuditOfAsync(app.Factory, cycle), e => e.Action == nameof(AuditAction.Published));
    }

    [Theory]
    [InlineData("2036-H1", "Open")]
    [InlineData("2036-H2", "StartReview")]
    [InlineData("2037-H1", "Publish")]
    public async Task A_published_cycle_refuses_every_move_with_the_frozen_message(string code, string handler)
    {
        var cycle = await CycleData.CreateAsync(app.Factory, code, CycleState.Published);
        var events = (await CycleData.AuditOfAsync(app.Factory, cycle)).Count;
        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);

        using var response = await PostAsync(client, code, handler);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains($"Cycle {code} is published and frozen: nothing in it can change.", CycleData.Problem(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var stored = await CycleData.FindAsync(app.Factory, code);
        Assert.Equal((CycleState.Published, cycle.Version), (stored!.State, stored.Version));
        Assert.Equal(events, (await CycleData.AuditOfAsync(app.Factory, cycle)).Count);
    }

    [Fact]
    public async Task A_planned_cycle_cannot_skip_to_publication()
    {
        var cycle = await CycleData.CreateAsync(app.Factory, "2037-H2");
        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);

        using var response = await PostAsync(client, "2037-H2", "Publish");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("only a cycle that is under review can become published", CycleData.Problem(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var stored = await CycleData.FindAsync(app.Factory, "2037-H2");
        Assert.Equal((CycleState.Planned, cycle.Version), (stored!.State, stored.Version));
    }

    [Theory]
    [InlineData("/cycles/2099-H1")]
    [InlineData("/cycles/not-a-cycle")]
    [InlineData("/cycles/2099-H1/edit")]
    public async Task An_unknown_cycle_is_not_found(string url)
    {
        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Opening_an_unknown_cycle_is_not_found()
    {
        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);

        using var response = await client.PostFormAsync("/cycles", [], postUrl: "/cycles/2099-H2?handler=Open");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await CycleData.FindAsync(app.Factory, "2099-H2"));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string code, string handler) =>
        client.PostFormAsync($"/cycles/{code}", [], postUrl: $"/cycles/{code}?handler={handler}");
}
