using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Review;

/// <summary>The review desk: the queue's filters kept from page to page, "and next" in the queue's order, bulk approval.</summary>
public sealed partial class ReviewDeskTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Queue_filters_by_pillar_commitment_state_age_and_flags_and_every_link_keeps_the_filter()
    {
        const string cycle = "2081-H1";
        await Factory.OpenCycleAsync(cycle);
        var now = DateTimeOffset.UtcNow;
        var old = await Factory.SubmitAsync(cycle, "FR", "I.1", Completion.Limited, "Sent long ago.", now.AddDays(-20));
        var recent = await Factory.SubmitAsync(cycle, "FR", "I.2", Completion.Limited, "Sent yesterday.", now.AddDays(-1));
        var otherPillar = await Factory.SubmitAsync(cycle, "DE", "II.1", Completion.Complete, "Pillar II.", now.AddDays(-30));
        var resubmitted = await Factory.SubmitAsync(cycle, "IT", "I.3", Completion.Limited, "First go.", now.AddDays(-25));
        await Factory.ReturnThroughDomainAsync(cycle, "IT", "I.3", "Add figures.", now.AddDays(-24));
        await Factory.ChangeAsync(cycle, "IT", "I.3", (r, c) => r.Submit(c, ReviewData.FocalPoint, now.AddDays(-23), resendUnchanged: true));
        var returned = await Factory.SubmitAsync(cycle, "JP", "I.4", Completion.Limited, "To revise.", now.AddDays(-10));
        await Factory.ReturnThroughDomainAsync(cycle, "JP", "I.4", "Name the agencies.", now.AddDays(-9));
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var pillarI = Ids(await client.GetStringAsync($"/review?cycle={cycle}&pillar=I"));
        var oldFirst = Ids(await client.GetStringAsync($"/review?cycle={cycle}&pillar=I&age=14"));
        var newestFirst = Ids(await client.GetStringAsync($"/review?cycle={cycle}&sort=newest"));
        var unchanged = Ids(await client.GetStringAsync($"/review?cycle={cycle}&flag=unchanged"));
        var commitment = Ids(await client.GetStringAsync($"/review?cycle={cycle}&commitment=i.2"));
        var returnedState = await client.GetStringAsync($"/review?cycle={cycle}&state=returned");
        var everything = Ids(await client.GetStringAsync($"/review?cycle={cycle}&state=all&member=jp"));

        Assert.Equal([resubmitted, old, recent], pillarI);
        Assert.Equal([resubmitted, old], oldFirst);
        Assert.Equal([recent, old, resubmitted, otherPillar], newestFirst);
        Assert.Equal([resubmitted], unchanged);
        Assert.Equal([recent], commitment);
        Assert.Equal([returned], Ids(returnedState));
        Assert.Equal([returned], everything);
        // The filter goes with every report opened, and the report page leads back to the same queue.
        var filtered = await client.GetStringAsync($"/review?cycle={cycle}&pillar=I&age=14&flag=unchanged");
        Assert.Contains($"href=\"/review/{resubmitted}?cycle={cycle}&amp;pillar=I&amp;age=14&amp;flag=unchanged\"", filtered, StringComparison.Ordinal);
        var page = await client.GetStringAsync($"/review/{resubmitted}?cycle={cycle}&pillar=I&age=14&flag=unchanged");
        Assert.Contains($"href=\"/review?cycle={cycle}&amp;pillar=I&amp;age=14&amp;flag=unchanged\"", page, StringComparison.Ordinal);
        Assert.Contains($"action=\"/review/{resubmitted}?cycle={cycle}&amp;pillar=I&amp;age=14&amp;flag=unchanged&amp;handler=Approve\"", page, StringComparison.Ordinal);
        Assert.Contains("Sent again unchanged since its return", filtered, StringComparison.Ordinal);
        Assert.Contains("selected=\"selected\">I ", filtered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_and_next_goes_to_the_next_report_in_the_filtered_order_and_after_the_last_back_to_the_queue()
    {
        const string cycle = "2081-H2";
        await Factory.OpenCycleAsync(cycle);
        var first = await Factory.SubmitAsync(cycle, "FR", "I.1", Completion.Limited, "One.", ReviewData.Start);
        var skipped = await Factory.SubmitAsync(cycle, "DE", "I.1", Completion.Limited, "Germany, not in the filter.", ReviewData.Start.AddHours(1));
        var second = await Factory.SubmitAsync(cycle, "FR", "I.2", Completion.Limited, "Two.", ReviewData.Start.AddHours(2));
        var third = await Factory.SubmitAsync(cycle, "FR", "I.3", Completion.Limited, "Three.", ReviewData.Start.AddHours(3));
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);
        var queue = $"?cycle={cycle}&member=FR";

        using var afterFirst = await DecideAsync(client, first, queue, "Approve");
        using var afterSecond = await DecideAsync(client, second, queue, "Return", "Give the dates.");
        using var afterThird = await DecideAsync(client, third, queue, "Approve");

        Assert.Equal($"/review/{second}{queue}", afterFirst.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Contains($"Next in the queue: FR I.2.", await afterFirst.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal($"/review/{third}{queue}", afterSecond.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Equal($"/review{queue}", afterThird.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Contains("That was the last report in this queue.", await afterThird.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(
            [ReviewState.Approved, ReviewState.Returned, ReviewState.Approved, ReviewState.Submitted],
            [.. await Task.WhenAll(new[] { first, second, third, skipped }.Select(async id => (await Factory.StoredAsync(id)).State))]);
    }

    [Fact]
    public async Task Bulk_approval_of_thirty_reports_writes_thirty_approvals_and_thirty_audit_events_and_with_one_changed_none()
    {
        const string cycle = "2082-H1";
        await Factory.OpenCycleAsync(cycle);
        var ids = new List<int>();
        var at = ReviewData.Start;
        foreach (var member in new[] { "CA", "FR", "DE", "IT", "JP" })
        {
            foreach (var code in new[] { "I.1", "I.2", "I.3", "I.4", "I.5", "I.6" })
            {
                ids.Add(await Factory.SubmitAsync(cycle, member, code, Completion.Substantial, $"{member} on {code}.", at = at.AddMinutes(1)));
            }
        }

        var reviewer = await Factory.CreateAsync(Roles.Secretariat);
        using var client = await Factory.SignInAsync(reviewer);
        var list = await client.GetStringAsync($"/review/approve?cycle={cycle}&{string.Join('&', ids.Select(id => $"id={id}"))}");
        Assert.Contains("Approve these 30 reports", list, StringComparison.Ordinal);

        // One report changes after the list was read: nothing is approved, and the page names it.
        await Factory.ChangeAsync(cycle, "IT", "I.4", (r, c) => r.Return(c, "Changed meanwhile.", "secretariat@example.org", DateTimeOffset.UtcNow));
        using var refused = await client.PostAsync($"/review/approve?cycle={cycle}", new FormUrlEncodedContent(Fields(list)));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Nothing was approved: IT I.4", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.All(ids, id => Assert.Empty(Factory.AuditActionsAsync(id, reviewer.Email).Result));

        await Factory.ChangeAsync(cycle, "IT", "I.4", (r, c) => r.Submit(c, ReviewData.FocalPoint, DateTimeOffset.UtcNow, resendUnchanged: true));
        var again = await client.GetStringAsync($"/review/approve?cycle={cycle}&{string.Join('&', ids.Select(id => $"id={id}"))}");
        using var approved = await client.PostAsync($"/review/approve?cycle={cycle}", new FormUrlEncodedContent(Fields(again)));

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal($"/review?cycle={cycle}", approved.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Contains("30 reports approved.", await approved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var id in ids)
        {
            Assert.Equal(ReviewState.Approved, (await Factory.StoredAsync(id)).State);
            Assert.Equal(["Approved"], await Factory.AuditActionsAsync(id, reviewer.Email));
        }

        // Each approval is its own event, written in the one transaction: one run of the chain, nothing else between.
        await using var db = Factory.CreateDbContext();
        var keys = ids.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
        var sequences = await db.AuditEvents.AsNoTracking().Where(e => e.Actor == reviewer.Email && e.Action == "Approved" && keys.Contains(e.EntityKey))
            .Select(e => e.Sequence).OrderBy(s => s).ToListAsync();
        Assert.Equal(30, sequences.Count);
        Assert.Equal(29, sequences[^1] - sequences[0]);
    }

    private static async Task<HttpResponseMessage> DecideAsync(HttpClient client, int id, string queue, string handler, string? comment = null)
    {
        var page = await client.GetStringAsync($"/review/{id}{queue}");
        var fields = new List<KeyValuePair<string, string>>
        {
            new(Forms.TokenField, Forms.TokenOf(page)!),
            new("Input.Version", VersionOf(page)),
            new("next", "true"),
        };
        if (comment is not null)
        {
            fields.Add(new("Input.Comment", comment));
        }

        return await client.PostAsync($"/review/{id}{queue}&handler={handler}", new FormUrlEncodedContent(fields));
    }

    /// <summary>The report ids of the queue table, in its order.</summary>
    private static List<int> Ids(string html)
    {
        var queue = ReviewData.Section(html, "id=\"queue-heading\"", "id=\"returned-heading\"");
        return [.. Row().Matches(queue).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];
    }

    private static string VersionOf(string html) => Version().Match(html).Groups[1].Value;

    /// <summary>What the confirmation's form sends: the token and each report's version.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Fields(string html) =>
    [
        new(Forms.TokenField, Forms.TokenOf(html)!),
        .. Hidden().Matches(html).Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups[1].Value), m.Groups[2].Value)),
    ];

    [GeneratedRegex("<tr data-report=\"(\\d+)\"")]
    private static partial Regex Row();

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex Version();

    [GeneratedRegex("<input type=\"hidden\" name=\"(Input\\.Versions\\[\\d+\\])\" value=\"(\\d+)\" />")]
    private static partial Regex Hidden();
}
