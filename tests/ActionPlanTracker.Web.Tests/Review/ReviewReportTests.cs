using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Pages.Review;
using ActionPlanTracker.Web.Tests.Infrastructure;

namespace ActionPlanTracker.Web.Tests.Review;

public sealed class ReviewReportTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string ReviewedAlready = "Only a submitted report can be reviewed; this one is approved.";

    private AppFactory Factory => app.Factory;

    /// <summary>A published previous cycle with France's report on I.3, and France's submitted report on I.3 in <paramref name="cycle"/>.</summary>
    private async Task<int> SubmittedWithPreviousAsync(string cycle)
    {
        var previous = CycleCode.Parse(cycle).Previous.ToString();
        await Factory.OpenCycleAsync(previous);
        await Factory.SubmitAsync(previous, "FR", "I.3", Completion.Limited, "Last half-year: a pilot in two ports.", ReviewData.Start.AddMonths(-6));
        await Factory.ApproveThroughDomainAsync(previous, "FR", "I.3", ReviewData.Start.AddMonths(-6).AddDays(1));
        await Factory.PublishAsync(previous);
        await Factory.OpenCycleAsync(cycle);
        return await Factory.SubmitAsync(cycle, "FR", "I.3", Completion.Substantial, "This half-year: the pilot covers every port.", ReviewData.Start);
    }

    private async Task<int> SubmittedAsync(string cycle)
    {
        await Factory.OpenCycleAsync(cycle);
        return await Factory.SubmitAsync(cycle, "FR", "I.3", Completion.Substantial, "This half-year: the pilot covers every port.", ReviewData.Start);
    }

    [Fact]
    public async Task Review_page_shows_the_report_beside_its_previous_cycle_version_with_the_change()
    {
        var id = await SubmittedWithPreviousAsync("2041-H1");
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        using var response = await client.GetAsync($"/review/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1><span class=\"code\">I.3</span> ", html, StringComparison.Ordinal);
        Assert.Contains("France · cycle 2041-H1", html, StringComparison.Ordinal);
        Assert.Contains("<details>", html, StringComparison.Ordinal);
        var current = ReviewData.Section(html, "id=\"current-heading\"", "id=\"previous-heading\"");
        var previous = ReviewData.Section(html, "id=\"previous-heading\"", "id=\"decision-heading\"");
        Assert.Contains("This half-year: the pilot covers every port.", current, StringComparison.Ordinal);
        Assert.Contains("badge--substantial", current, StringComparison.Ordinal);
        Assert.Contains("Previous cycle, 2040-H2", previous, StringComparison.Ordinal);
        Assert.Contains("Last half-year: a pilot in two ports.", previous, StringComparison.Ordinal);
        Assert.Contains("badge--limited", previous, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"change-heading\">Compared with 2040-H2</h2>", html, StringComparison.Ordinal);
        Assert.Equal("Level: Improved · Text: changed, shown below", ActionPlanTracker.Web.Tests.Dashboard.DashboardData.TextOf(html, "change-summary"));
        var words = ReviewData.Section(html, "id=\"words-since-previous\"", "id=\"current-heading\"");
        Assert.Contains("<h3>What was done in the period</h3>", words, StringComparison.Ordinal);
        Assert.Contains("<span class=\"visually-hidden\">removed: </span>", words, StringComparison.Ordinal);
        Assert.Contains($"href=\"/reports/{id}/history\"", html, StringComparison.Ordinal);
        Assert.Contains("2 revisions", html, StringComparison.Ordinal);
        Assert.Contains($"action=\"/review/{id}?handler=Return\"", html, StringComparison.Ordinal);
        Assert.Contains($"action=\"/review/{id}?handler=Approve\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_page_without_a_previous_report_says_so_and_calls_the_report_new()
    {
        var id = await SubmittedAsync("2042-H1");
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var html = await client.GetStringAsync($"/review/{id}");

        Assert.Contains("No report in 2041-H2 on this commitment.", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"change-heading\">Compared with 2041-H2</h2>", html, StringComparison.Ordinal);
        Assert.Equal("Level: New", ActionPlanTracker.Web.Tests.Dashboard.DashboardData.TextOf(html, "change-summary"));
        Assert.DoesNotContain("words-since-previous", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Returning_with_a_comment_sends_the_report_back_records_a_revision_and_an_audit_event()
    {
        var id = await SubmittedAsync("2043-H1");
        var reviewer = await Factory.CreateAsync(Roles.Secretariat);
        using var client = await Factory.SignInAsync(reviewer);
        const string comment = "  Please add the number of investigators trained.\r\nAnd the dates.  ";

        using var response = await client.PostReturnAsync(id, comment);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/review", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("?cycle=2043-H1", response.RequestMessage.RequestUri.Query);
        Assert.Contains("<div class=\"notice\" role=\"status\">Returned FR I.3 to the focal point.</div>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await Factory.StoredAsync(id);
        Assert.Equal(ReviewState.Returned, stored.State);
        Assert.Equal(comment, stored.ReviewComment);
        Assert.Equal(3, stored.RevisionCount);
        var revision = Assert.Single(stored.Revisions, v => v.Number == 3);
        Assert.Equal((RevisionAction.Returned, ReviewState.Returned, comment, reviewer.Email), (revision.Action, revision.State, revision.Comment, revision.Actor));
        Assert.Equal(["Returned"], await Factory.AuditActionsAsync(id, reviewer.Email));

        var page = await client.GetStringAsync($"/review/{id}");
        Assert.Contains("Returned before", page, StringComparison.Ordinal);
        Assert.Contains("Please add the number of investigators trained.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Return", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2044-H1", "")]
    [InlineData("2044-H2", "   \r\n  ")]
    public async Task Returning_without_a_comment_is_refused_with_400_and_nothing_changes(string cycle, string comment)
    {
        var id = await SubmittedAsync(cycle);
        var reviewer = await Factory.CreateAsync(Roles.Secretariat);
        using var client = await Factory.SignInAsync(reviewer);

        using var response = await client.PostReturnAsync(id, comment);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Say why the report is returned: the focal point needs the comment to revise it.</span>", html, StringComparison.Ordinal);
        await AssertUnchangedAsync(id, reviewer.Email);
    }

    [Fact]
    public async Task Returning_with_a_comment_over_4000_characters_is_refused_and_the_text_kept()
    {
        var id = await SubmittedAsync("2045-H1");
        var reviewer = await Factory.CreateAsync(Roles.Secretariat);
        using var client = await Factory.SignInAsync(reviewer);
        var comment = "Too long " + new string('x', ReportModel.MaxComment - 8);

        using var response = await client.PostReturnAsync(id, comment);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("A comment is at most 4,000 characters.", html, StringComparison.Ordinal);
        Assert.Contains(comment + "</textarea>", html, StringComparison.Ordinal);
        await AssertUnchangedAsync(id, reviewer.Email);
    }

    [Fact]
    public async Task Returning_with_a_comment_of_exactly_4000_characters_is_accepted()
    {
        var id = await SubmittedAsync("2045-H2");
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);
        var comment = new string('y', ReportModel.MaxComment);

        using var response = await client.PostReturnAsync(id, comment);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(comment, (await Factory.StoredAsync(id)).ReviewComment);
    }

    [Fact]
    public async Task Returning_with_control_characters_in_the_comment_is_refused()
    {
        var id = await SubmittedAsync("2046-H1");
        var reviewer = await Factory.CreateAsync(Roles.Secretariat);
        using var client = await Factory.SignInAsync(reviewer);

        using var response = await client.PostReturnAsync(id, "Add the figures.\u0007\u001b[31m");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The comment contains control characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertUnchangedAsync(id, reviewer.Email);
    }

    [Fact]
    public async Task Approving_locks_the_report_and_records_a_revision_and_an_audit_event()
    {
        var id = await SubmittedAsync("2047-H1");
        var reviewer = await Factory.CreateAsync(Roles.Secretariat);
        using var client = await Factory.SignInAsync(reviewer);

        using var response = await client.PostApproveAsync(id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/review", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("<div class=\"notice\" role=\"status\">Approved FR I.3.</div>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await Factory.StoredAsync(id);
        Assert.Equal(ReviewState.Approved, stored.State);
        Assert.True(stored.IsLocked);
        Assert.Null(stored.ReviewComment);
        var revision = Assert.Single(stored.Revisions, v => v.Number == 3);
        Assert.Equal((RevisionAction.Approved, reviewer.Email), (revision.Action, revision.Actor));
        Assert.Equal(["Approved"], await Factory.AuditActionsAsync(id, reviewer.Email));

        var page = await client.GetStringAsync($"/review/{id}");
        Assert.Contains("It is approved and locked.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Approve", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2048-H1", "Approve")]
    [InlineData("2048-H2", "Return")]
    public async Task A_forged_review_of_an_approved_report_gets_the_domains_refusal_with_409_and_nothing_changes(string cycle, string handler)
    {
        var id = await SubmittedAsync(cycle);
        var reviewer = await Factory.CreateAsync(Roles.Secretariat);
        using var client = await Factory.SignInAsync(reviewer);
        using (var approved = await client.PostApproveAsync(id))
        {
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        using var response = await client.ForgeReviewAsync(Factory, id, handler, "Please add the figures.");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(ReviewedAlready, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await Factory.StoredAsync(id);
        Assert.Equal((ReviewState.Approved, 3, null), (stored.State, stored.RevisionCount, stored.ReviewComment));
        Assert.Equal(["Approved"], await Factory.AuditActionsAsync(id, reviewer.Email));
    }

    [Fact]
    public async Task When_two_reviewers_act_at_once_the_second_gets_a_conflict_and_the_first_decision_stands()
    {
        var id = await SubmittedAsync("2049-H1");
        var first = await Factory.CreateAsync(Roles.Secretariat);
        var second = await Factory.CreateAsync(Roles.Secretariat);
        using var firstClient = await Factory.SignInAsync(first);
        using var secondClient = await Factory.SignInAsync(second);
        var firstPage = await firstClient.LoadReviewPageAsync(id);
        var secondPage = await secondClient.LoadReviewPageAsync(id);

        using (var approved = await firstClient.PostReviewAsync(id, "Approve", firstPage))
        {
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
            Assert.Equal("/review", approved.RequestMessage!.RequestUri!.AbsolutePath);
        }

        using var response = await secondClient.PostReviewAsync(id, "Return", secondPage, "Please add the figures.");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(EnglishTexts.ReviewConflict, html, StringComparison.Ordinal);
        Assert.Contains("Please add the figures.", html, StringComparison.Ordinal);
        var stored = await Factory.StoredAsync(id);
        Assert.Equal((ReviewState.Approved, 3, null), (stored.State, stored.RevisionCount, stored.ReviewComment));
        Assert.Empty(await Factory.AuditActionsAsync(id, second.Email));
    }

    [Fact]
    public async Task Review_page_of_a_resubmitted_report_shows_the_revision_count_and_the_last_return_comment()
    {
        var id = await SubmittedAsync("2050-H1");
        await Factory.ReturnThroughDomainAsync("2050-H1", "FR", "I.3", "First: add the figures.", ReviewData.Start.AddHours(1));
        await Factory.SubmitAsync("2050-H1", "FR", "I.3", Completion.Complete, "With the figures.", ReviewData.Start.AddHours(3));
        await Factory.ReturnThroughDomainAsync("2050-H1", "FR", "I.3", "Second: and the dates.", ReviewData.Start.AddHours(4));
        await Factory.SubmitAsync("2050-H1", "FR", "I.3", Completion.Complete, "With the figures and the dates.", ReviewData.Start.AddHours(5));
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var html = await client.GetStringAsync($"/review/{id}");

        Assert.Contains("8 revisions", html, StringComparison.Ordinal);
        var lastReturn = ReviewData.Section(html, "id=\"last-return-heading\"", "</section>");
        Assert.Contains("Second: and the dates.", lastReturn, StringComparison.Ordinal);
        Assert.DoesNotContain("First: add the figures.", lastReturn, StringComparison.Ordinal);
        Assert.Contains($"by {ReviewData.EarlierReviewer}", lastReturn, StringComparison.Ordinal);
        Assert.Contains("handler=Approve", html, StringComparison.Ordinal);
        // What changed since that return: the level kept, the words added shown as added.
        Assert.Equal("Level: unchanged (Complete) · Text: changed, shown below", ActionPlanTracker.Web.Tests.Dashboard.DashboardData.TextOf(html, "since-return-summary"));
        var since = ReviewData.Section(html, "id=\"since-return-heading\"", "id=\"change-heading\"");
        Assert.Contains("With the figures<ins><span class=\"visually-hidden\">added: </span> and the dates</ins>.", since, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_page_of_a_draft_shows_its_state_and_no_forms()
    {
        await Factory.OpenCycleAsync("2051-H1");
        var id = await Factory.SaveDraftAsync("2051-H1", "DE", "II.1", Completion.Limited, "Being written.", ReviewData.Start);
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var html = await client.GetStringAsync($"/review/{id}");

        Assert.Contains("The focal point has not submitted it", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_report_is_not_found_on_the_page_and_both_actions()
    {
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);
        var token = await client.GetTokenAsync("/plans");

        using var get = await client.GetAsync("/review/987654");
        using var returned = await client.PostReviewAsync(987654, "Return", new(token, 1), "Please add the figures.");
        using var approved = await client.PostReviewAsync(987654, "Approve", new(token, 1));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, returned.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, approved.StatusCode);
    }

    private async Task AssertUnchangedAsync(int id, string reviewer)
    {
        var stored = await Factory.StoredAsync(id);
        Assert.Equal((ReviewState.Submitted, 2, null), (stored.State, stored.RevisionCount, stored.ReviewComment));
        Assert.Empty(await Factory.AuditActionsAsync(id, reviewer));
    }
}
