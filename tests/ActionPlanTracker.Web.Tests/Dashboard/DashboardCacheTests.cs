using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Infrastructure;
using ActionPlanTracker.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Dashboard;

/// <summary>
/// The dashboard is kept rendered between requests, per data version stamp, reader's view, cycle, filters and
/// language: a request that finds it kept runs one SQL command (the stamp), and whatever changes the data, through a page or
/// typed in SQL, shows at the next request, to every reader as that reader may see it.
/// </summary>
public sealed partial class DashboardCacheTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task A_dashboard_already_rendered_costs_no_command_but_the_stamp_and_reads_the_same()
    {
        await Factory.OpenCycleAsync("2061-H1");
        await Factory.ReportAsync("2061-H1", "FR", "I.1", ReviewState.Approved, Completion.Substantial);
        var counter = new QueryCounter();
        await using var counted = counter.Attach(Factory);
        using var client = await counted.SignInToAsync(await Factory.CreateAsync(Roles.Secretariat));

        var (coldStatus, cold) = await counter.MeasureAsync(client, "/cycles/2061-H1/dashboard");
        var coldCommands = counter.Commands;
        var first = await client.PageAsync("/cycles/2061-H1/dashboard");
        var (warmStatus, warm) = await counter.MeasureAsync(client, "/cycles/2061-H1/dashboard");
        var warmCommands = counter.Commands;
        var second = await client.PageAsync("/cycles/2061-H1/dashboard");

        Assert.Equal(HttpStatusCode.OK, coldStatus);
        Assert.Equal(HttpStatusCode.OK, warmStatus);

        // Cold: the plan snapshot (cycles, members, pillars with commitments, priorities), the board (reports, indicators)
        // and the navigation's unread count. Warm: none through EF Core; only the stamp, on its own pool.
        Assert.True(cold is >= 3 and <= 7, string.Join("\n----\n", coldCommands));
        Assert.True(warm == 0, string.Join("\n----\n", warmCommands));
        Assert.Equal(WithoutTokens(first), WithoutTokens(second));
        Assert.Equal("Substantial Approved", DashboardData.TextOf(second, "cell-I.1-FR"));
    }

    [Fact]
    public async Task A_report_saved_through_its_page_shows_at_the_next_request()
    {
        await Factory.OpenCycleAsync("2061-H2");
        var id = await Factory.ReportAsync("2061-H2", "DE", "II.1", ReviewState.Draft, Completion.Limited);
        using var secretariat = await Factory.SignInAsAsync(Roles.Secretariat);
        Assert.Equal("Limited Draft", DashboardData.TextOf(await secretariat.PageAsync("/cycles/2061-H2/dashboard"), "cell-II.1-DE"));

        using var focalPoint = await Factory.SignInAsAsync(Roles.FocalPoint, "DE");
        var version = (await Factory.StoredAsync(id)).Version.ToString(CultureInfo.InvariantCulture);
        using var save = await focalPoint.PostFormAsync(
            $"/reports/{id}", [new("Input.Version", version), new("Input.Completion", "Complete"), new("Input.Narrative", "Finished in the period.")],
            $"/reports/{id}?handler=Save");
        Assert.Equal("Finished in the period.", (await Factory.StoredAsync(id)).Narrative);

        Assert.Equal("Complete Draft", DashboardData.TextOf(await secretariat.PageAsync("/cycles/2061-H2/dashboard"), "cell-II.1-DE"));
    }

    [Fact]
    public async Task A_change_typed_in_sql_shows_at_the_next_request()
    {
        await Factory.OpenCycleAsync("2062-H1");
        var id = await Factory.ReportAsync("2062-H1", "IT", "III.1", ReviewState.Approved, Completion.Limited);
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);
        Assert.Equal("Limited Approved", DashboardData.TextOf(await client.PageAsync("/cycles/2062-H1/dashboard"), "cell-III.1-IT"));

        await using (var db = Factory.CreateDbContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE progress_reports SET completion = 'Complete' WHERE id = {id}");
            await db.Database.ExecuteSqlAsync($"UPDATE members SET name = 'Italian Republic' WHERE code = 'IT'");
        }

        var html = await client.PageAsync("/cycles/2062-H1/dashboard");
        Assert.Equal("Complete Approved", DashboardData.TextOf(html, "cell-III.1-IT"));
        Assert.Contains("<abbr title=\"Italian Republic\">IT</abbr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readers_with_different_views_never_get_each_others_board()
    {
        await Factory.OpenCycleAsync("2062-H2");
        var draft = await Factory.ReportAsync("2062-H2", "FR", "I.2", ReviewState.Draft, Completion.Complete);
        using var france = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        using var germany = await Factory.SignInAsAsync(Roles.FocalPoint, "DE");
        using var secretariat = await Factory.SignInAsAsync(Roles.Secretariat);
        using var auditor = await Factory.SignInAsAsync(Roles.Auditor);

        // The same stamp, cycle and filters for all four: only what each may see differs.
        var ownView = await france.PageAsync("/cycles/2062-H2/dashboard");
        var otherMember = await germany.PageAsync("/cycles/2062-H2/dashboard");
        var reviewer = await secretariat.PageAsync("/cycles/2062-H2/dashboard");
        var reader = await auditor.PageAsync("/cycles/2062-H2/dashboard");

        Assert.Equal("Complete Draft", DashboardData.TextOf(ownView, "cell-I.2-FR"));
        Assert.Contains($"href=\"/reports/{draft}\"", DashboardData.MarkupOf(ownView, "cell-I.2-FR"), StringComparison.Ordinal);
        Assert.Equal("Not yet approved", DashboardData.TextOf(otherMember, "cell-I.2-FR"));
        Assert.DoesNotContain("Complete", DashboardData.TextOf(otherMember, "cell-I.2-FR"), StringComparison.Ordinal);
        Assert.Contains($"href=\"/review/{draft}\"", DashboardData.MarkupOf(reviewer, "cell-I.2-FR"), StringComparison.Ordinal);
        Assert.Contains($"href=\"/reports/{draft}/history\"", DashboardData.MarkupOf(reader, "cell-I.2-FR"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_language_and_each_filter_has_its_own_board_and_a_bad_filter_is_still_refused()
    {
        await Factory.OpenCycleAsync("2063-H1");
        await Factory.ReportAsync("2063-H1", "CA", "IV.1", ReviewState.Approved, Completion.NotStarted);
        using var english = await Factory.SignInAsAsync(Roles.Secretariat);
        using var french = await Factory.SignInAsAsync(Roles.Secretariat);
        french.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        Assert.Equal("Not started Approved", DashboardData.TextOf(await english.PageAsync("/cycles/2063-H1/dashboard"), "cell-IV.1-CA"));
        Assert.Equal("Non commencé Approuvé", DashboardData.TextOf(await french.PageAsync("/cycles/2063-H1/dashboard"), "cell-IV.1-CA"));
        Assert.Equal("Not started Approved", DashboardData.TextOf(await english.PageAsync("/cycles/2063-H1/dashboard"), "cell-IV.1-CA"));

        // Spelt differently, the same filter: the same board. Another filter: another board.
        var lower = await english.PageAsync("/cycles/2063-H1/dashboard?member=ca&pillar=iv");
        var upper = await english.PageAsync("/cycles/2063-H1/dashboard?member=CA&pillar=IV");
        Assert.Equal(MainOf(lower), MainOf(upper));
        Assert.Equal(Regex.Count(lower, "<tr id=\"row-IV\\."), Regex.Count(lower, "<td id=\"cell-IV\\.\\d+-CA\""));
        Assert.Contains("id=\"cell-IV.1-CA\"", lower, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"cell-IV.1-FR\"", lower, StringComparison.Ordinal);
        Assert.Contains("id=\"cell-IV.1-FR\"", await english.PageAsync("/cycles/2063-H1/dashboard?pillar=IV"), StringComparison.Ordinal);

        var refused = await english.PageAsync("/cycles/2063-H1/dashboard?member=XX", HttpStatusCode.BadRequest);
        Assert.Contains("Choose a member from the list.", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"cell-", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_unread_count_follows_new_and_read_notifications_at_the_next_page()
    {
        await Factory.OpenCycleAsync("2063-H2");
        var user = await Factory.CreateAsync(Roles.Secretariat);
        using var client = await Factory.SignInAsync(user);
        Assert.Equal("Notifications", DashboardData.TextOf(await client.PageAsync("/cycles/2063-H2/dashboard"), "nav-notifications"));

        await using (var db = Factory.CreateDbContext())
        {
            var userId = await db.Users.Where(u => u.Email == user.Email).Select(u => u.Id).SingleAsync();
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO notifications (user_id, kind, dedup_key, text, link, created_at)
                VALUES ({userId}, 'SubmissionDigest', {"cache-test-" + userId}, 'Two reports were submitted.', '/review', now())
                """);
        }

        Assert.Equal("Notifications (1 unread)", DashboardData.TextOf(await client.PageAsync("/cycles/2063-H2/dashboard"), "nav-notifications"));

        using var read = await client.PostFormAsync("/notifications", [], "/notifications?handler=ReadAll");
        Assert.Equal("Notifications", DashboardData.TextOf(await client.PageAsync("/cycles/2063-H2/dashboard"), "nav-notifications"));
    }

    /// <summary>The page's main content: the header's language switch returns to the address as typed.</summary>
    private static string MainOf(string html) => html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

    /// <summary>The page without its per-request antiforgery tokens.</summary>
    private static string WithoutTokens(string html) => TokenValue().Replace(html, "value=\"token\"");

    [GeneratedRegex("value=\"CfDJ[^\"]+\"")]
    private static partial Regex TokenValue();
}
