using System.Net;
using System.Text.RegularExpressions;
using ActionPlanTracker.Data.Seed;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Pages.Cycles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using static ActionPlanTracker.Web.Tests.Reports.ReportForm;

namespace ActionPlanTracker.Web.Tests.Reports;

public sealed partial class MyReportsTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly PlanDocument Plan = PlanDocument.Load();

    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task My_reports_lists_every_commitment_by_pillar_with_where_each_stands()
    {
        // A deadline in three days belongs to a cycle of a half-year already begun.
        var code = CycleSeed.PreviousHalfYear;
        await Factory.OpenCycleAsync(code, deadline: ReportData.Today.AddDays(3));
        await Factory.ChangeAsync(await Factory.ReportIdAsync(code, "FR", "I.1"), (report, cycle) =>
        {
            report.SaveDraft(cycle, ReportData.Content("Done."), "fp@example.org", DateTimeOffset.UtcNow);
            report.Submit(cycle, "fp@example.org", DateTimeOffset.UtcNow);
            report.Approve(cycle, ReportData.Secretariat, DateTimeOffset.UtcNow);
        });
        await Factory.SubmitAsync(await Factory.ReportIdAsync(code, "FR", "I.2"), ReportData.Content("Sent."));
        await Factory.ChangeAsync(await Factory.ReportIdAsync(code, "FR", "I.3"), (report, cycle) =>
        {
            report.SaveDraft(cycle, ReportData.Content("Thin."), "fp@example.org", DateTimeOffset.UtcNow);
            report.Submit(cycle, "fp@example.org", DateTimeOffset.UtcNow);
            report.Return(cycle, "Too thin.", ReportData.Secretariat, DateTimeOffset.UtcNow);
        });
        await Factory.SaveAsync(await Factory.ReportIdAsync(code, "FR", "I.4"), ReportData.Content("Started."));
        await Factory.SaveAsync(await Factory.ReportIdAsync(code, "DE", "I.5"), ReportData.Content("Another member's draft."));
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var response = await client.GetAsync($"/reports?cycle={code}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(27, ReportRow().Count(html));
        var position = 0;
        foreach (var pillar in Plan.Pillars)
        {
            position = IndexAfter(html, $"<h2 id=\"pillar-{pillar.Numeral}\"><span class=\"numeral\">{pillar.Numeral}</span> {Html.Encode(pillar.Title)}</h2>", position);
            foreach (var commitment in pillar.Commitments)
            {
                position = IndexAfter(html, $"<span class=\"code\">{commitment.Code}</span> {Html.Encode(commitment.ShortTitle)}", position);
            }
        }

        Assert.Contains("<strong>3 days left</strong>", html, StringComparison.Ordinal);
        Assert.Contains("25 of 27 still need work before the deadline", html, StringComparison.Ordinal);
        Assert.Equal(
            ["1", "1", "1", "1", "23"],
            new[] { "approved", "submitted", "returned", "draft", "none" }.Select(state => Regex.Match(html, $"id=\"count-{state}\">([0-9]+)<").Groups[1].Value));
        Assert.Single(Regex.Matches(html, "<strong>Returned: see comment</strong></a>"));
        Assert.Contains("The secretariat returned 1 report to you", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Another member", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CycleState.Open, 0, "due today")]
    [InlineData(CycleState.Open, 1, "1 day left")]
    [InlineData(CycleState.Open, -1, "1 day overdue")]
    [InlineData(CycleState.Planned, -2, "2 days overdue")]
    [InlineData(CycleState.UnderReview, -2, "reporting closed")]
    [InlineData(CycleState.Published, -145, "reporting closed")]
    [InlineData(CycleState.Published, 3, "reporting closed")]
    public void Days_left_reads_as_words_and_a_cycle_past_reporting_is_never_overdue(CycleState state, int days, string expected)
    {
        var text = Factory.Services.GetRequiredService<IStringLocalizer<CyclesResources>>();

        Assert.Equal(expected, CycleWording.DaysLeft(text, state, new DateOnly(2031, 6, 10).AddDays(days), new DateOnly(2031, 6, 10)));
    }

    [Fact]
    public async Task Carry_forward_copies_last_cycles_content_and_leaves_started_reports_alone()
    {
        await Factory.OpenCycleAsync("2052-H1");
        var lastCarried = new ReportContent(Completion.Substantial, "Unit fully staffed.", "Extend it.", "Turnover.", ["https://example.org/unit"], null);
        await Factory.SaveAsync(await Factory.ReportIdAsync("2052-H1", "FR", "I.1"), lastCarried);
        await Factory.SaveAsync(await Factory.ReportIdAsync("2052-H1", "FR", "I.2"), ReportData.Content("Last cycle's liaison officers."));
        await Factory.SaveAsync(await Factory.ReportIdAsync("2052-H1", "DE", "I.3"), ReportData.Content("German text, not France's."));
        await Factory.OpenCycleAsync("2052-H2");
        var carried = await Factory.ReportIdAsync("2052-H2", "FR", "I.1");
        var started = await Factory.ReportIdAsync("2052-H2", "FR", "I.2");
        var nothingBefore = await Factory.ReportIdAsync("2052-H2", "FR", "I.3");
        var otherMember = await Factory.ReportIdAsync("2052-H2", "DE", "I.3");
        await Factory.SaveAsync(started, ReportData.Content("Already started this cycle."));
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var response = await client.PostFormAsync("/reports?cycle=2052-H2", [new("cycle", "2052-H2")], "/reports?handler=CarryForward");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("1 report started from what you reported in 2052-H1.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var copy = await Factory.StoredAsync(carried);
        Assert.Equal(lastCarried, copy.Content);
        Assert.Equal(RevisionAction.CarriedForward, Assert.Single(copy.Revisions).Action);
        Assert.Equal(1, await Factory.AuditEventsAsync(carried, nameof(AuditAction.CarriedForward)));
        var kept = await Factory.StoredAsync(started);
        Assert.Equal("Already started this cycle.", kept.Narrative);
        Assert.Single(kept.Revisions);
        Assert.False((await Factory.StoredAsync(nothingBefore)).HasContent);
        Assert.False((await Factory.StoredAsync(otherMember)).HasContent);
    }

    [Fact]
    public async Task Bulk_actions_in_a_published_cycle_are_refused_and_change_nothing()
    {
        await Factory.OpenCycleAsync("2053-H1");
        var id = await Factory.ReportIdAsync("2053-H1", "FR", "I.1");
        await Factory.SaveAsync(id, ReportData.Content("Ready but too late."));
        await Factory.ChangeAsync(id, (_, cycle) =>
        {
            cycle.StartReview();
            cycle.Publish();
        });
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        var page = await client.GetStringAsync("/reports?cycle=2053-H1");
        using var carry = await client.PostFormAsync("/reports?cycle=2053-H1", [new("cycle", "2053-H1")], "/reports?handler=CarryForward");
        using var sendPage = await client.GetAsync("/reports/submit?cycle=2053-H1");
        using var send = await client.PostFormAsync(
            "/reports?cycle=2053-H1", [new("cycle", "2053-H1"), new("Input.Send", $"{id}")], "/reports/submit");

        Assert.DoesNotContain("Send ready reports", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, carry.StatusCode);
        Assert.Contains("Cycle 2053-H1 is published and frozen: nothing in it can change.", await carry.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, sendPage.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, send.StatusCode);
        Assert.Contains("Cycle 2053-H1 is published: reports can no longer be sent.", await send.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await Factory.StoredAsync(id);
        Assert.Equal(ReviewState.Draft, stored.State);
        Assert.Single(stored.Revisions);
    }

    [Fact]
    public async Task Unknown_cycle_gives_404()
    {
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var unknown = await client.GetAsync("/reports?cycle=2999-H2");
        using var garbage = await client.GetAsync("/reports?cycle=last-year");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, garbage.StatusCode);
    }

    private static int IndexAfter(string html, string fragment, int start)
    {
        var index = html.IndexOf(fragment, start, StringComparison.Ordinal);
        Assert.True(index >= 0, $"Expected, after position {start}: {fragment}");
        return index + fragment.Length;
    }

    [GeneratedRegex("<tr data-report=\"[0-9]+\">")]
    private static partial Regex ReportRow();
}
