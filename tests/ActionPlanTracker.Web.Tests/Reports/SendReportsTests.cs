using System.Net;
using System.Text.RegularExpressions;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Tests.Reports;

/// <summary>
/// Sending several reports through the page that says what goes, what does not and why: the boxes as the page ticks
/// them, a returned report unchanged since that goes only when ticked for that, and a report that changed meanwhile.
/// </summary>
public sealed partial class SendReportsTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Sending_page_ticks_the_ready_reports_flags_the_doubtful_ones_and_sends_only_what_is_ticked()
    {
        await Factory.OpenCycleAsync("2071-H1");
        await Factory.SaveAsync(await Factory.ReportIdAsync("2071-H1", "FR", "II.2"), ReportData.Content("What was done in 2071-H1."));
        await Factory.OpenCycleAsync("2071-H2");
        var ready = await Factory.ReportIdAsync("2071-H2", "FR", "I.1");
        var notReady = await Factory.ReportIdAsync("2071-H2", "FR", "I.2");
        var returnedUnchanged = await Factory.ReportIdAsync("2071-H2", "FR", "I.3");
        var returnedRevised = await Factory.ReportIdAsync("2071-H2", "FR", "I.4");
        var notStarted = await Factory.ReportIdAsync("2071-H2", "FR", "II.1");
        var carried = await Factory.ReportIdAsync("2071-H2", "FR", "II.2");
        var empty = await Factory.ReportIdAsync("2071-H2", "FR", "II.3");
        var german = await Factory.ReportIdAsync("2071-H2", "DE", "I.1");
        await Factory.SaveAsync(ready, ReportData.Content("Ready."));
        await Factory.SaveAsync(notReady, ReportData.Content(""));
        await ReturnAsync(returnedUnchanged, "Give the figures.");
        await ReturnAsync(returnedRevised, "Name the agencies.");
        await Factory.SaveAsync(returnedRevised, ReportData.Content("The border police and the coast guard."));
        await Factory.SaveAsync(notStarted, ReportData.Content("Planned for next year.", Completion.NotStarted));
        await Factory.ChangeAsync(carried, (report, cycle) =>
        {
            using var db = Factory.CreateDbContext();
            var previous = db.Reports.Single(r => r.Cycle!.Code == "2071-H1" && r.MemberId == report.MemberId && r.CommitmentId == report.CommitmentId);
            report.CarryForward(cycle, previous, "fp@example.org", DateTimeOffset.UtcNow);
        });
        await Factory.SaveAsync(german, ReportData.Content("German, ready."));
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var pageResponse = await client.GetAsync("/reports/submit?cycle=2071-H2");
        var page = await pageResponse.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, pageResponse.StatusCode);
        Assert.Contains("Ready to send (5)", page, StringComparison.Ordinal);
        Assert.Equal([ready, returnedRevised, notStarted, carried], Boxes(page, "Input.Send", ticked: true));
        Assert.Empty(Boxes(page, "Input.Send", ticked: false));
        Assert.Equal([returnedUnchanged], Boxes(page, "Input.ResendUnchanged", ticked: false));
        Assert.Contains("Returned, and neither its level nor its text has changed since.", page, StringComparison.Ordinal);
        Assert.Contains("Give the figures.", page, StringComparison.Ordinal);
        Assert.Contains("Returned by the secretariat, and revised since.", page, StringComparison.Ordinal);
        Assert.Contains("Carried forward from 2071-H1 and not edited: the same words as then.", page, StringComparison.Ordinal);
        Assert.Contains("Marked Not started.", page, StringComparison.Ordinal);
        Assert.Contains("Not ready, so not sent (1)", page, StringComparison.Ordinal);
        Assert.Contains("Describe what was done in the period before submitting.", page, StringComparison.Ordinal);
        Assert.Contains($"data-report=\"{empty}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-report=\"{german}\"", page, StringComparison.Ordinal);

        // As the browser sends the form: the ticked boxes and every version, and one box more, ticked by hand.
        var fields = Fields(page).Append(new("Input.Send", $"{returnedUnchanged}")).ToList();
        using var sent = await client.PostAsync("/reports/submit?cycle=2071-H2", new FormUrlEncodedContent(fields));
        var notice = await sent.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("4 reports sent to the secretariat: I.1, I.4, II.1, II.2.", notice, StringComparison.Ordinal);
        Assert.Contains("Not sent: I.3 (The report was returned and neither its level nor its text has changed since.", notice, StringComparison.Ordinal);
        foreach (var id in new[] { ready, returnedRevised, notStarted, carried })
        {
            Assert.Equal(ReviewState.Submitted, (await Factory.StoredAsync(id)).State);
            Assert.Equal(1, await Factory.AuditEventsAsync(id, nameof(AuditAction.Submitted)));
        }

        Assert.Equal(ReviewState.Returned, (await Factory.StoredAsync(returnedUnchanged)).State);
        Assert.Equal(ReviewState.Draft, (await Factory.StoredAsync(notReady)).State);
        Assert.False((await Factory.StoredAsync(empty)).HasContent);
        Assert.Equal(ReviewState.Draft, (await Factory.StoredAsync(german)).State);

        // Ticked for what it is: sent again unchanged, and the secretariat is told so.
        var again = await client.GetStringAsync("/reports/submit?cycle=2071-H2");
        using var resent = await client.PostAsync("/reports/submit?cycle=2071-H2", new FormUrlEncodedContent(
            [.. Fields(again), new("Input.ResendUnchanged", $"{returnedUnchanged}")]));

        Assert.Contains("Report I.3 sent to the secretariat.", await resent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ReviewState.Submitted, (await Factory.StoredAsync(returnedUnchanged)).State);
        using var secretariat = await Factory.SignInAsAsync(Roles.Secretariat);
        var queue = await secretariat.GetStringAsync("/review?cycle=2071-H2&member=FR");
        Assert.Contains("Sent again unchanged since its return", queue, StringComparison.Ordinal);
        Assert.Contains("Revised after its return", queue, StringComparison.Ordinal);
        Assert.Contains("Carried forward, not edited", queue, StringComparison.Ordinal);
        var review = await secretariat.GetStringAsync($"/review/{returnedUnchanged}");
        Assert.Contains("Sent again unchanged: neither its level nor its text has changed since it was returned.", review, StringComparison.Ordinal);
        Assert.Contains("Carried forward from 2071-H1 and not edited", await secretariat.GetStringAsync($"/review/{carried}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_changed_after_the_page_was_read_is_not_sent()
    {
        await Factory.OpenCycleAsync("2072-H1");
        var id = await Factory.ReportIdAsync("2072-H1", "FR", "I.1");
        await Factory.SaveAsync(id, ReportData.Content("First words."));
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        var page = await client.GetStringAsync("/reports/submit?cycle=2072-H1");
        await Factory.SaveAsync(id, ReportData.Content("Words a colleague wrote meanwhile.", completion: null));

        using var response = await client.PostAsync("/reports/submit?cycle=2072-H1", new FormUrlEncodedContent(Fields(page)));

        Assert.Contains("Not sent: I.1 (it changed after this page was opened; look at it again).", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await Factory.StoredAsync(id);
        Assert.Equal((ReviewState.Draft, "Words a colleague wrote meanwhile."), (stored.State, stored.Narrative));
    }

    [Fact]
    public async Task Report_form_sends_a_returned_report_unchanged_only_when_ticked()
    {
        await Factory.OpenCycleAsync("2072-H2");
        var id = await Factory.ReportIdAsync("2072-H2", "FR", "I.1");
        await ReturnAsync(id, "Give the figures.");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        var form = await client.GetStringAsync($"/reports/{id}");
        Assert.Contains("Send it again unchanged, if I change nothing", form, StringComparison.Ordinal);
        var stored = await Factory.StoredAsync(id);
        KeyValuePair<string, string>[] unchanged =
        [
            new("Input.Version", $"{stored.Version}"), new("Input.Completion", "Limited"), new("Input.Narrative", stored.Narrative),
        ];

        using var refused = await client.PostFormAsync($"/reports/{id}", unchanged, $"/reports/{id}?handler=Submit");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("The report was returned and neither its level nor its text has changed since.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ReviewState.Returned, (await Factory.StoredAsync(id)).State);

        var version = (await Factory.StoredAsync(id)).Version;
        using var resent = await client.PostFormAsync(
            $"/reports/{id}", [.. unchanged.Skip(1), new("Input.Version", $"{version}"), new("ResendUnchanged", "true")], $"/reports/{id}?handler=Submit");

        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Equal(ReviewState.Submitted, (await Factory.StoredAsync(id)).State);
    }

    [Fact]
    public async Task Pages_that_say_who_changed_a_report_name_the_person_not_the_address()
    {
        await Factory.OpenCycleAsync("2073-H1");
        var id = await Factory.ReportIdAsync("2073-H1", "FR", "I.1");
        var focalPoint = await Factory.CreateAsync(Roles.FocalPoint, "FR");
        var reviewer = await Factory.CreateAsync(Roles.Secretariat);
        await Factory.ChangeAsync(id, (report, cycle) =>
        {
            report.SaveDraft(cycle, ReportData.Content("First text."), focalPoint.Email, DateTimeOffset.UtcNow);
            report.Submit(cycle, focalPoint.Email, DateTimeOffset.UtcNow);
            report.Return(cycle, "Give the figures.", reviewer.Email, DateTimeOffset.UtcNow);
        });
        using var client = await Factory.SignInAsync(focalPoint);
        using var secretariat = await Factory.SignInAsync(reviewer);

        var pages = new[]
        {
            await client.GetStringAsync("/reports?cycle=2073-H1"), await client.GetStringAsync($"/reports/{id}"),
            await client.GetStringAsync($"/reports/{id}/history"), await secretariat.GetStringAsync($"/review/{id}"),
        };

        Assert.All(pages, page => Assert.DoesNotContain(focalPoint.Email, page, StringComparison.OrdinalIgnoreCase));
        Assert.All(pages, page => Assert.DoesNotContain(reviewer.Email, page, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("RLG secretariat", pages[2], StringComparison.Ordinal);
        Assert.Contains("National focal point FR", pages[2], StringComparison.Ordinal);
    }

    private Task ReturnAsync(int id, string comment) => Factory.ChangeAsync(id, (report, cycle) =>
    {
        report.SaveDraft(cycle, ReportData.Content("First text."), "fp@example.org", DateTimeOffset.UtcNow);
        report.Submit(cycle, "fp@example.org", DateTimeOffset.UtcNow);
        report.Return(cycle, comment, ReportData.Secretariat, DateTimeOffset.UtcNow);
    });

    /// <summary>The report ids of the page's boxes of that name, ticked or not, in page order.</summary>
    private static List<int> Boxes(string html, string name, bool ticked) =>
        [.. Box().Matches(html).Where(m => m.Groups["name"].Value == name && m.Groups["checked"].Success == ticked).Select(m => int.Parse(m.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>What a browser sends from the page's form as it loads: the token, the versions and the ticked boxes.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Fields(string html) =>
    [
        new(Forms.TokenField, Forms.TokenOf(html)!),
        .. Hidden().Matches(html).Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups["name"].Value), m.Groups["value"].Value)),
        .. Box().Matches(html).Where(m => m.Groups["checked"].Success).Select(m => new KeyValuePair<string, string>(m.Groups["name"].Value, m.Groups["id"].Value)),
    ];

    [GeneratedRegex("""<input type="checkbox" id="send-\d+" name="(?<name>Input\.\w+)" value="(?<id>\d+)"(?<checked> checked="checked")?""")]
    private static partial Regex Box();

    [GeneratedRegex("""<input type="hidden" name="(?<name>Input\.Versions\[\d+\])" value="(?<value>\d+)" />""")]
    private static partial Regex Hidden();
}
