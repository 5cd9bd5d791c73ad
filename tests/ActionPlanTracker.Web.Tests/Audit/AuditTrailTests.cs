using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using static ActionPlanTracker.Web.Tests.Audit.AuditData;

namespace ActionPlanTracker.Web.Tests.Audit;

/// <summary>/audit: filters in the query string, keyset paging, before and after as a list of fields.</summary>
public sealed class AuditTrailTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly DateTimeOffset At = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Pages_of_fifty_go_older_and_newer_by_id_and_the_oldest_page_ends_with_the_first_event()
    {
        var actor = $"pager-{Guid.NewGuid():N}@example.org";
        var ids = await AddEventsAsync(Factory.ConnectionString, 120, i => Event(actor, At.AddMinutes(i)));
        using var client = await Factory.SignInAsAsync(Roles.Auditor);

        var first = await client.GetStringAsync($"/audit?actor={actor}");
        var second = await client.GetStringAsync(LinkOf(first, "next")!);
        var third = await client.GetStringAsync(LinkOf(second, "next")!);
        var backToSecond = await client.GetStringAsync(LinkOf(third, "prev")!);
        var oldest = await client.GetStringAsync($"/audit?actor={actor}&after=0");

        Assert.Equal(ids.Reverse().Take(50), EventIds(first));
        Assert.Null(LinkOf(first, "prev"));
        Assert.Equal(ids.Reverse().Skip(50).Take(50), EventIds(second));
        Assert.Equal(ids.Reverse().Skip(100), EventIds(third));
        Assert.Null(LinkOf(third, "next"));
        Assert.Equal(EventIds(second), EventIds(backToSecond));
        Assert.Equal(ids.Take(50).Reverse(), EventIds(oldest));
        Assert.StartsWith($"/audit?actor={actor}&before=", Uri.UnescapeDataString(LinkOf(first, "next")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_by_time_actor_member_entity_and_action_combine()
    {
        var actor = $"filter-{Guid.NewGuid():N}@example.org";
        int france;
        await using (var db = Factory.CreateDbContext())
        {
            france = await db.Members.Where(m => m.Code == "FR").Select(m => m.Id).SingleAsync();
        }

        var ids = await AddEventsAsync(Factory.ConnectionString, 6, i => i switch
        {
            1 => Event(actor, new(2026, 1, 31, 23, 59, 0, TimeSpan.Zero), "ProgressReport", "1", "Saved", france),
            2 => Event(actor, new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), "ProgressReport", "1", "Saved", france),
            3 => Event(actor, new(2026, 2, 28, 23, 0, 0, TimeSpan.Zero), "ProgressReport", "1", "Submitted", france),
            4 => Event(actor, new(2026, 2, 15, 0, 0, 0, TimeSpan.Zero), "ProgressReport", "2", "Saved", france + 1),
            5 => Event(actor, new(2026, 2, 15, 0, 0, 0, TimeSpan.Zero), "ReportingCycle", "2026-H1", "Saved", france),
            _ => Event("someone-else@example.org", new(2026, 2, 15, 0, 0, 0, TimeSpan.Zero), "ProgressReport", "1", "Saved", france),
        });
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var html = await client.GetStringAsync($"/audit?from=2026-02-01&to=2026-02-28&actor={actor}&member=FR&entity=ProgressReport&action=Saved");
        var submitted = await client.GetStringAsync($"/audit?actor={actor}&action=Submitted");

        Assert.Equal([ids[1]], EventIds(html));
        Assert.Equal([ids[2]], EventIds(submitted));
        Assert.Contains("value=\"2026-02-01\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"FR\" selected=\"selected\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_and_after_show_as_field_rows_encoded_with_a_link_to_the_reports_history()
    {
        var actor = $"values-{Guid.NewGuid():N}@example.org";
        await AddEventsAsync(Factory.ConnectionString, 1, _ => Event(actor, At, "ProgressReport", "4242", "Saved", null,
            before: """{"Narrative": "<b>old</b> text", "Completion": null}""",
            after: """{"Narrative": "<script>alert('x')</script>", "Completion": "Limited", "Evidence": ["https://example.org/a"]}"""));
        using var client = await Factory.SignInAsAsync(Roles.Auditor);

        var html = await client.GetStringAsync($"/audit?actor={actor}");

        Assert.Contains($"<th scope=\"row\">Narrative</th>", html, StringComparison.Ordinal);
        Assert.Contains(Html.Encode("<b>old</b> text"), html, StringComparison.Ordinal);
        Assert.Contains(Html.Encode("<script>alert('x')</script>"), html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>old</b>", html, StringComparison.Ordinal);
        Assert.Contains(">Limited</td>", html, StringComparison.Ordinal);
        Assert.Contains(Html.Encode("[\"https://example.org/a\"]"), html, StringComparison.Ordinal);
        Assert.Contains("href=\"/reports/4242/history\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/audit/reports/4242\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_made_in_the_application_appears_with_its_actor()
    {
        await Factory.OpenCycleAsync("2081-H1");
        var id = await Factory.ReportIdAsync("2081-H1", "FR", "I.1");
        var focalPoint = await Factory.CreateAsync(Roles.FocalPoint, "FR");
        using var fp = await Factory.SignInAsync(focalPoint);
        using var saved = await ReportForm.PostAsync(fp, id, "Save", ("Input.Completion", "Limited"), ("Input.Narrative", "Trained 40 officers."));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        using var client = await Factory.SignInAsAsync(Roles.Administrator);

        var html = await client.GetStringAsync($"/audit?actor={focalPoint.Email}&entity=ProgressReport");

        Assert.Single(EventIds(html));
        Assert.Contains("Trained 40 officers.", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/reports/{id}/history\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=31-01-2026", "as year-month-day, such as")]
    [InlineData("from=2026-02-10&to=2026-02-01", "The end date is before the start date.")]
    [InlineData("member=XX", "Choose one of the members")]
    [InlineData("before=abc", "")]
    public async Task Bad_filters_answer_400_with_the_reason(string query, string reason)
    {
        using var client = await Factory.SignInAsAsync(Roles.Auditor);

        using var response = await client.GetAsync("/audit?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains(reason, html, StringComparison.Ordinal);
        Assert.Empty(EventIds(html));
    }

    [Fact]
    public async Task Focal_points_may_not_read_the_trail()
    {
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var response = await client.GetAsync("/audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
