using System.Net;
using System.Text.RegularExpressions;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Dashboard;
using ActionPlanTracker.Web.Tests.Infrastructure;
using static ActionPlanTracker.Web.Tests.Reports.ReportForm;

namespace ActionPlanTracker.Web.Tests.Reports;

public sealed class EditReportTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Save_draft_stores_exactly_what_was_typed_and_shows_it_encoded()
    {
        await Factory.OpenCycleAsync("2031-H1");
        var id = await Factory.ReportIdAsync("2031-H1", "FR", "I.1");
        var user = await Factory.CreateAsync(Roles.FocalPoint, "FR");
        using var client = await Factory.SignInAsync(user);
        const string narrative = "  <script>alert('x')</script>\r\n\tA unit was set up in March & staffed.  ";

        using var response = await PostAsync(client, id, "Save",
            ("Input.Completion", "Substantial"), ("Input.Narrative", narrative), ("Input.NextSteps", "Train <b>staff</b>."),
            ("Input.Challenges", "Budget."), ("Input.Evidence", "https://example.org/report.pdf\r\n\r\n  Decree 12/2031, art. 4  \r\n"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"/reports/{id}", response.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Your draft of I.1 is saved.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>staff</b>", html, StringComparison.Ordinal);
        Assert.Contains(Html.Encode(narrative), html, StringComparison.Ordinal);
        var stored = await Factory.StoredAsync(id);
        Assert.Equal(narrative, stored.Narrative);
        Assert.Equal("Train <b>staff</b>.", stored.NextSteps);
        Assert.Equal(Completion.Substantial, stored.Completion);
        Assert.Equal(["https://example.org/report.pdf", "Decree 12/2031, art. 4"], stored.Evidence);
        Assert.Equal(ReviewState.Draft, stored.State);
        var revision = Assert.Single(stored.Revisions);
        Assert.Equal((RevisionAction.Saved, user.Email, narrative), (revision.Action, revision.Actor, revision.Narrative));
        Assert.Equal(user.Email, stored.LastChangedBy);
        Assert.Equal(1, await Factory.AuditEventsAsync(id, nameof(AuditAction.Saved)));
    }

    [Fact]
    public async Task Save_and_submit_sends_the_report_to_the_secretariat()
    {
        await Factory.OpenCycleAsync("2031-H2");
        var id = await Factory.ReportIdAsync("2031-H2", "FR", "II.1");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var response = await PostAsync(client, id, "Submit", ("Input.Completion", "Limited"), ("Input.Narrative", "Ratified in May."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/reports?cycle=2031-H2", response.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Contains("Your report on II.1 is submitted to the secretariat.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await Factory.StoredAsync(id);
        Assert.Equal(ReviewState.Submitted, stored.State);
        Assert.Equal([RevisionAction.Saved, RevisionAction.Submitted], stored.Revisions.OrderBy(v => v.Number).Select(v => v.Action));
        Assert.Equal(1, await Factory.AuditEventsAsync(id, nameof(AuditAction.Submitted)));
    }

    [Fact]
    public async Task Submitting_a_report_that_is_not_ready_shows_why_and_stores_nothing()
    {
        await Factory.OpenCycleAsync("2032-H1");
        var id = await Factory.ReportIdAsync("2032-H1", "FR", "I.2");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var response = await PostAsync(client, id, "Submit", ("Input.Completion", "Substantial"), ("Input.NextSteps", "Open two more posts."));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Describe what was done in the period before submitting.", html, StringComparison.Ordinal);
        Assert.Contains("Open two more posts.</textarea>", html, StringComparison.Ordinal);
        await AssertUntouchedAsync(id);
    }

    [Fact]
    public async Task An_empty_submission_says_everything_it_lacks_at_once_each_beside_its_field()
    {
        await Factory.OpenCycleAsync("2029-H1");
        var id = await Factory.ReportIdAsync("2029-H1", "FR", "I.3");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var response = await PostAsync(client, id, "Submit", ("Input.NextSteps", "Train the staff."));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#Input_Completion\">Choose a completion level before submitting.</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Narrative\">Describe what was done in the period before submitting.</a>", html, StringComparison.Ordinal);
        Assert.Contains("Train the staff.</textarea>", html, StringComparison.Ordinal);
        await AssertUntouchedAsync(id);
    }

    [Fact]
    public async Task Each_completion_level_on_the_form_says_what_it_means_in_the_readers_language()
    {
        await Factory.OpenCycleAsync("2029-H2");
        var id = await Factory.ReportIdAsync("2029-H2", "FR", "I.4");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        var html = DashboardData.Text(await client.GetStringAsync($"/reports/{id}"));

        Assert.Contains("Limited Work has begun, but only a small part of what the commitment asks for is done.", html, StringComparison.Ordinal);
        Assert.Contains("Substantial Most of what the commitment asks for is done; some remains.", html, StringComparison.Ordinal);
        Assert.Contains("Complete Everything the commitment asks for is done.", html, StringComparison.Ordinal);
        Assert.Contains("Not applicable The commitment does not apply to this member: say why below.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_applicable_without_a_reason_is_refused_next_to_the_reason_field()
    {
        await Factory.OpenCycleAsync("2032-H2");
        var id = await Factory.ReportIdAsync("2032-H2", "FR", "III.7");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var response = await PostAsync(client, id, "Save",
            ("Input.Completion", "NotApplicable"), ("Input.NotApplicableReason", "   "), ("Input.Narrative", "Kept on screen."));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches(FieldError("Input.NotApplicableReason", "Not applicable needs a reason"), html);
        Assert.Contains("Kept on screen.</textarea>", html, StringComparison.Ordinal);
        Assert.Matches("value=\"NotApplicable\" checked=\"checked\"|checked=\"checked\"[^>]*value=\"NotApplicable\"", html);
        await AssertUntouchedAsync(id);
    }

    [Theory]
    [InlineData("2033-H1", "https://example.org/ok\njavascript:alert(1)", "Evidence line 2 starts like a link that is not a web address")]
    [InlineData("2033-H2", "JavaScript :alert(document.cookie)", "Evidence line 1 starts like a link that is not a web address")]
    [InlineData("2034-H1", "Annual report\ndata:text/html,<script>x</script>", "Evidence line 2 starts like a link that is not a web address")]
    [InlineData("2034-H2", "https://exa mple.org/x", "Evidence line 1 is not a complete web address")]
    [InlineData("2035-H1", "http://", "Evidence line 1 is not a complete web address")]
    public async Task Evidence_that_is_not_a_web_address_or_a_plain_reference_is_refused(string cycle, string evidence, string message)
    {
        await Factory.OpenCycleAsync(cycle);
        var id = await Factory.ReportIdAsync(cycle, "FR", "I.3");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var response = await PostAsync(client, id, "Save", ("Input.Completion", "Limited"), ("Input.Evidence", evidence));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches(FieldError("Input.Evidence", message), html);
        Assert.Contains(Html.Encode(evidence) + "</textarea>", html, StringComparison.Ordinal);
        await AssertUntouchedAsync(id);
    }

    [Fact]
    public async Task More_than_twenty_evidence_lines_are_refused()
    {
        await Factory.OpenCycleAsync("2035-H2");
        var id = await Factory.ReportIdAsync("2035-H2", "FR", "I.3");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var response = await PostAsync(client, id, "Save",
            ("Input.Evidence", string.Join('\n', Enumerable.Range(1, 21).Select(n => $"Reference {n}"))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches(FieldError("Input.Evidence", "List at most 20 links or references, one a line; there are 21."), await response.Content.ReadAsStringAsync());
        await AssertUntouchedAsync(id);
    }

    [Fact]
    public async Task Overlong_narrative_is_refused_and_the_longest_allowed_is_kept()
    {
        await Factory.OpenCycleAsync("2036-H1");
        var id = await Factory.ReportIdAsync("2036-H1", "FR", "I.4");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var refused = await PostAsync(client, id, "Save", ("Input.Narrative", new string('a', 20_001)));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Matches(FieldError("Input.Narrative", "At most 20,000 characters fit in the narrative; this text has 20001."), await refused.Content.ReadAsStringAsync());
        await AssertUntouchedAsync(id);

        using var accepted = await PostAsync(client, id, "Save", ("Input.Narrative", new string('a', 20_000)));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(20_000, (await Factory.StoredAsync(id)).Narrative.Length);
    }

    [Theory]
    [InlineData("2036-H2", "Input.Narrative", "Before\u0001after", "There are invisible control characters in the narrative")]
    [InlineData("2037-H1", "Input.Challenges", "Bell\u0007", "There are invisible control characters in the challenges")]
    [InlineData("2037-H2", "Input.Evidence", "Decree\u001b12", "There are invisible control characters in the evidence")]
    public async Task Control_characters_are_refused(string cycle, string field, string text, string message)
    {
        await Factory.OpenCycleAsync(cycle);
        var id = await Factory.ReportIdAsync(cycle, "FR", "I.5");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var response = await PostAsync(client, id, "Save", ("Input.Completion", "Limited"), (field, text));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches(FieldError(field, message), await response.Content.ReadAsStringAsync());
        await AssertUntouchedAsync(id);
    }

    [Fact]
    public async Task Nul_character_is_refused_before_the_page_sees_it()
    {
        await Factory.OpenCycleAsync("2043-H1");
        var id = await Factory.ReportIdAsync("2043-H1", "FR", "I.5");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        // ASP.NET Core refuses to read a form holding U+0000, which PostgreSQL could not store either.
        using var response = await PostAsync(client, id, "Save", ("Input.Narrative", "Before\u0000after"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertUntouchedAsync(id);
    }

    [Theory]
    [InlineData("2038-H1", "Bogus")]
    [InlineData("2038-H2", "42")]
    [InlineData("2039-H1", "substantial")]
    public async Task Unknown_completion_is_refused(string cycle, string completion)
    {
        await Factory.OpenCycleAsync(cycle);
        var id = await Factory.ReportIdAsync(cycle, "FR", "I.6");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var response = await PostAsync(client, id, "Save", ("Input.Completion", completion), ("Input.Narrative", "Something."));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches(FieldError("Input.Completion", "Choose one of the five completion levels."), await response.Content.ReadAsStringAsync());
        await AssertUntouchedAsync(id);
    }

    [Fact]
    public async Task Returned_report_shows_the_comment_and_can_be_resubmitted()
    {
        await Factory.OpenCycleAsync("2039-H2");
        var id = await Factory.ReportIdAsync("2039-H2", "FR", "II.2");
        await Factory.SubmitAsync(id, ReportData.Content("First attempt."));
        await Factory.ChangeAsync(id, (report, cycle) => report.Return(cycle, "Add the <b>figures</b> for 2039.", ReportData.Secretariat, DateTimeOffset.UtcNow));
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        var html = await client.GetStringAsync($"/reports/{id}");

        Assert.Contains("Returned by the secretariat", html, StringComparison.Ordinal);
        Assert.Contains(Html.Encode("Add the <b>figures</b> for 2039."), html, StringComparison.Ordinal);
        Assert.Contains("First attempt.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("Returned: see comment", await client.GetStringAsync("/reports?cycle=2039-H2"), StringComparison.Ordinal);

        using var response = await PostAsync(client, id, "Submit", ("Input.Completion", "Substantial"), ("Input.Narrative", "Figures: 12 cases."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await Factory.StoredAsync(id);
        Assert.Equal((ReviewState.Submitted, "Figures: 12 cases."), (stored.State, stored.Narrative));
        Assert.Equal(
            [RevisionAction.Saved, RevisionAction.Submitted, RevisionAction.Returned, RevisionAction.Saved, RevisionAction.Submitted],
            stored.Revisions.OrderBy(v => v.Number).Select(v => v.Action));
    }

    [Fact]
    public async Task Approved_report_is_read_only_and_a_forged_post_changes_nothing()
    {
        await Factory.OpenCycleAsync("2040-H1");
        var id = await Factory.ReportIdAsync("2040-H1", "FR", "II.3");
        await Factory.SubmitAsync(id, ReportData.Content("Approved text."));
        await Factory.ChangeAsync(id, (report, cycle) => report.Approve(cycle, ReportData.Secretariat, DateTimeOffset.UtcNow));
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        var html = await client.GetStringAsync($"/reports/{id}");

        Assert.Contains("The secretariat approved this report: it is locked and can no longer change.", html, StringComparison.Ordinal);
        Assert.Contains("Approved text.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<textarea", html, StringComparison.Ordinal);
        await AssertForgedSaveRefusedAsync(client, id, "This report is approved and locked: it can no longer be changed.");
    }

    [Fact]
    public async Task Report_of_a_published_cycle_is_read_only_and_a_forged_post_changes_nothing()
    {
        await Factory.OpenCycleAsync("2040-H2");
        var id = await Factory.ReportIdAsync("2040-H2", "FR", "II.4");
        await Factory.SaveAsync(id, ReportData.Content("Frozen text."));
        await Factory.ChangeAsync(id, (_, cycle) =>
        {
            cycle.StartReview();
            cycle.Publish();
        });
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        var html = await client.GetStringAsync($"/reports/{id}");

        Assert.Contains("Cycle 2040-H2 is published and frozen: this report can no longer change.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<textarea", html, StringComparison.Ordinal);
        await AssertForgedSaveRefusedAsync(client, id, "Cycle 2040-H2 is published and frozen: nothing in it can change.");
    }

    [Fact]
    public async Task Focal_point_can_start_from_last_cycles_report()
    {
        await Factory.OpenCycleAsync("2041-H1");
        await Factory.SaveAsync(await Factory.ReportIdAsync("2041-H1", "FR", "III.1"),
            new ReportContent(Completion.Limited, "Talks with two transit countries.", "A third.", "", ["https://example.org/mou"], null));
        await Factory.OpenCycleAsync("2041-H2");
        var id = await Factory.ReportIdAsync("2041-H2", "FR", "III.1");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        var html = await client.GetStringAsync($"/reports/{id}");

        Assert.Contains("What you reported in 2041-H1", html, StringComparison.Ordinal);
        Assert.Contains("Talks with two transit countries.", html, StringComparison.Ordinal);
        Assert.Contains(Html.Encode("Start from last cycle's report") + "</button>", html, StringComparison.Ordinal);

        using var response = await PostAsync(client, id, "CarryForward");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Talks with two transit countries.</textarea>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await Factory.StoredAsync(id);
        Assert.Equal((Completion.Limited, "A third.", ReviewState.Draft), (stored.Completion, stored.NextSteps, stored.State));
        Assert.Equal(["https://example.org/mou"], stored.Evidence);
        Assert.Equal(RevisionAction.CarriedForward, Assert.Single(stored.Revisions).Action);
        Assert.Equal(1, await Factory.AuditEventsAsync(id, nameof(AuditAction.CarriedForward)));
    }

    [Fact]
    public async Task Second_of_two_concurrent_saves_gets_a_conflict_and_keeps_its_text()
    {
        await Factory.OpenCycleAsync("2042-H1");
        var id = await Factory.ReportIdAsync("2042-H1", "FR", "IV.1");
        using var first = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        using var second = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        var firstForm = await ReadAsync(first, id);
        var secondForm = await ReadAsync(second, id);

        using var saved = await firstForm.PostAsync(first, "Save", ("Input.Narrative", "First writer's campaign."));
        using var conflict = await secondForm.PostAsync(second, "Save", ("Input.Narrative", "Second writer's campaign."));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var html = await conflict.Content.ReadAsStringAsync();
        Assert.Contains(Html.Encode(EnglishTexts.ReportConflict), html, StringComparison.Ordinal);
        Assert.Contains(Html.Encode("Second writer's campaign.") + "</textarea>", html, StringComparison.Ordinal);
        Assert.Contains(Html.Encode("First writer's campaign."), html, StringComparison.Ordinal);
        var stored = await Factory.StoredAsync(id);
        Assert.Equal("First writer's campaign.", stored.Narrative);
        Assert.Single(stored.Revisions);
    }

    private async Task AssertForgedSaveRefusedAsync(HttpClient client, int id, string message)
    {
        var before = await Factory.StoredAsync(id);
        var token = await client.GetTokenAsync("/reports");

        using var response = await client.PostAsync($"/reports/{id}?handler=Save", new FormUrlEncodedContent(
        [
            new("Input.Version", before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Completion", "Complete"),
            new("Input.Narrative", "Forged text."),
            new(Forms.TokenField, token),
        ]));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(Html.Encode(message), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await Factory.StoredAsync(id);
        Assert.Equal((before.Narrative, before.State, before.Completion, before.Revisions.Count), (after.Narrative, after.State, after.Completion, after.Revisions.Count));
    }

    private async Task AssertUntouchedAsync(int id)
    {
        var stored = await Factory.StoredAsync(id);
        Assert.False(stored.HasContent);
        Assert.Empty(stored.Revisions);
        Assert.Equal(0, await Factory.AuditEventsAsync(id, nameof(AuditAction.Saved)));
    }

    /// <summary>The message in the error span of that field, not only in the summary at the top.</summary>
    private static Regex FieldError(string field, string message) =>
        new($"<span[^>]*data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>{Regex.Escape(Html.Encode(message))}");
}
