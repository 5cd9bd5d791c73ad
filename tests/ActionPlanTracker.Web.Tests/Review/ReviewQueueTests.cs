using System.Net;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Tests.Review;

public sealed class ReviewQueueTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Queue_lists_exactly_the_submitted_reports_of_the_cycle_oldest_submission_first()
    {
        await Factory.OpenCycleAsync("2031-H1");
        var focalPoint = await Factory.CreateAsync(Roles.FocalPoint, "FR");
        var newest = await Factory.SubmitAsync("2031-H1", "FR", "I.1", Completion.Limited, "France's text.", ReviewData.Start.AddHours(3), focalPoint.Email);
        var oldest = await Factory.SubmitAsync("2031-H1", "DE", "I.2", Completion.Complete, "Germany's text.", ReviewData.Start);
        var middle = await Factory.SubmitAsync("2031-H1", "IT", "II.1", Completion.Substantial, "Italy's text.", ReviewData.Start.AddHours(1));
        var draft = await Factory.SaveDraftAsync("2031-H1", "CA", "I.1", Completion.Limited, "Not yet sent.", ReviewData.Start);
        var returned = await Factory.SubmitAsync("2031-H1", "GB", "I.1", Completion.Limited, "Sent back.", ReviewData.Start.AddMinutes(10));
        await Factory.ReturnThroughDomainAsync("2031-H1", "GB", "I.1", "Add the figures.", ReviewData.Start.AddHours(2));
        var approved = await Factory.SubmitAsync("2031-H1", "JP", "I.1", Completion.Complete, "Done.", ReviewData.Start.AddMinutes(20));
        await Factory.ApproveThroughDomainAsync("2031-H1", "JP", "I.1", ReviewData.Start.AddHours(2));
        await Factory.OpenCycleAsync("2030-H2");
        var otherCycle = await Factory.SubmitAsync("2030-H2", "US", "I.1", Completion.Limited, "Other cycle.", ReviewData.Start.AddMinutes(-30));
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        using var response = await client.GetAsync("/review?cycle=2031-H1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var queue = ReviewData.Section(await response.Content.ReadAsStringAsync(), "id=\"queue-heading\"", "id=\"returned-heading\"");
        Assert.Contains("Waiting for review (3)", queue, StringComparison.Ordinal);
        var positions = new[] { oldest, middle, newest }.Select(id => queue.IndexOf($"href=\"/review/{id}?", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.All(new[] { draft, returned, approved, otherCycle }, id => Assert.DoesNotContain($"href=\"/review/{id}?", queue, StringComparison.Ordinal));
        var compact = ReviewData.Compact(queue);
        Assert.Contains("<td>Germany</td><td><span class=\"code\">I.2</span> Network of liaison officers</td>", compact, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge badge--complete\">Complete</span>", compact, StringComparison.Ordinal);
        Assert.Contains("2 Nov 2026, 09:00 UTC", compact, StringComparison.Ordinal);
        Assert.Contains($"by {ReviewData.FocalPoint}", compact, StringComparison.Ordinal);
        Assert.Contains("by National focal point FR", compact, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_filters_by_member_through_a_bookmarkable_address()
    {
        await Factory.OpenCycleAsync("2032-H1");
        var france = await Factory.SubmitAsync("2032-H1", "FR", "I.1", Completion.Limited, "France's text.", ReviewData.Start);
        var germany = await Factory.SubmitAsync("2032-H1", "DE", "I.1", Completion.Limited, "Germany's text.", ReviewData.Start);
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var html = await client.GetStringAsync("/review?cycle=2032-H1&member=FR");

        var queue = ReviewData.Section(html, "id=\"queue-heading\"", "id=\"returned-heading\"");
        Assert.Contains($"href=\"/review/{france}?cycle=", queue, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/review/{germany}?", queue, StringComparison.Ordinal);
        Assert.Contains("<form method=\"get\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"FR\" selected=\"selected\">France</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"2032-H1\" selected=\"selected\">2032-H1</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_shows_the_cycles_counts_by_review_state_in_total_and_per_member()
    {
        await Factory.OpenCycleAsync("2033-H1");
        await Factory.SaveDraftAsync("2033-H1", "FR", "I.1", Completion.Limited, "Draft.", ReviewData.Start);
        await Factory.SubmitAsync("2033-H1", "FR", "I.2", Completion.Limited, "Submitted.", ReviewData.Start);
        await Factory.SubmitAsync("2033-H1", "FR", "I.3", Completion.Limited, "Returned.", ReviewData.Start);
        await Factory.ReturnThroughDomainAsync("2033-H1", "FR", "I.3", "Add the figures.", ReviewData.Start.AddHours(1));
        await Factory.SubmitAsync("2033-H1", "FR", "I.4", Completion.Complete, "Approved.", ReviewData.Start);
        await Factory.ApproveThroughDomainAsync("2033-H1", "FR", "I.4", ReviewData.Start.AddHours(1));
        await Factory.SubmitAsync("2033-H1", "DE", "I.1", Completion.Limited, "Submitted.", ReviewData.Start);
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var html = ReviewData.Compact(await client.GetStringAsync("/review?cycle=2033-H1&member=DE"));

        // 8 members × 27 commitments = 216; five have content. The counts stay the cycle's whatever the filter.
        Assert.Contains("<th scope=\"row\">France</th><td>1</td><td>1</td><td>1</td><td>1</td><td>23</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Germany</th><td>0</td><td>1</td><td>0</td><td>0</td><td>26</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Japan</th><td>0</td><td>0</td><td>0</td><td>0</td><td>27</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">All members</th><td>1</td><td>2</td><td>1</td><td>1</td><td>211</td>", html, StringComparison.Ordinal);
        Assert.True(
            html.IndexOf("id=\"counts-heading\"", StringComparison.Ordinal) < html.IndexOf("id=\"queue-heading\"", StringComparison.Ordinal),
            "The counts come above the queue.");
    }

    [Fact]
    public async Task Returned_reports_are_listed_with_the_time_of_their_return_not_of_the_focal_points_later_save()
    {
        await Factory.OpenCycleAsync("2034-H1");
        var id = await Factory.SubmitAsync("2034-H1", "IT", "III.2", Completion.Limited, "First go.", ReviewData.Start);
        await Factory.ReturnThroughDomainAsync("2034-H1", "IT", "III.2", "Add the figures.", new DateTimeOffset(2026, 11, 5, 14, 15, 0, TimeSpan.Zero));
        await Factory.SaveDraftAsync("2034-H1", "IT", "III.2", Completion.Substantial, "Second go.", new DateTimeOffset(2026, 11, 9, 8, 0, 0, TimeSpan.Zero));
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var html = await client.GetStringAsync("/review?cycle=2034-H1");

        var returned = ReviewData.Compact(ReviewData.Section(html, "id=\"returned-heading\"", "</table>"));
        Assert.Contains("Returned, waiting for the focal point (1)", returned, StringComparison.Ordinal);
        Assert.Contains(
            $"<td>Italy</td><td><a href=\"/review/{id}\"><span class=\"code\">III.2</span> Partnerships with origin, transit and destination countries</a><br /><span class=\"muted\">Edited since it was returned</span></td><td class=\"prose\">Add the figures.</td><td>5 Nov 2026, 14:15 UTC<br />",
            returned,
            StringComparison.Ordinal);
        Assert.Contains("Waiting for review (0)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_without_a_cycle_in_the_address_shows_the_current_cycle()
    {
        // The highest year of this class: the current cycle is the latest one open or under review.
        await Factory.OpenCycleAsync("2099-H1");
        var id = await Factory.SubmitAsync("2099-H1", "EU", "V.2", Completion.Limited, "Shared.", ReviewData.Start);
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var html = await client.GetStringAsync("/review");

        Assert.Contains("Reports of cycle 2099-H1", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/review/{id}?cycle=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_for_an_unknown_cycle_or_member_is_not_found()
    {
        await Factory.OpenCycleAsync("2035-H1");
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        foreach (var url in new[] { "/review?cycle=2098-H2", "/review?cycle=not-a-cycle", "/review?cycle=2035-H1&member=XX" })
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}.");
        }

        using var known = await client.GetAsync("/review?cycle=2035-h1&member=fr");
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
    }
}
