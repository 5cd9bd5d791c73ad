using System.Net;
using ActionPlanTracker.Domain;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ActionPlanTracker.Web.Tests.Dashboard;

/// <summary>Readiness before the meeting, read on a fixed day so the days to the deadline and the late reports are known.</summary>
public sealed class ReadinessTests(AppFixture app) : IClassFixture<AppFixture>
{
    /// <summary>The day the application believes it is, in these tests.</summary>
    private static readonly DateTimeOffset Today = new(2035, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Readiness_counts_each_members_reports_by_state_and_those_unchanged_since_the_previous_cycle()
    {
        await Factory.OpenCycleAsync("2034-H2");
        await Factory.ReportAsync("2034-H2", "FR", "I.1", ReviewState.Approved, Completion.Limited, "Unit set up.");
        await Factory.ReportAsync("2034-H2", "FR", "I.2", ReviewState.Approved, Completion.Substantial, "Officers posted.");
        await Factory.ReportAsync("2034-H2", "DE", "I.1", ReviewState.Approved, Completion.Complete, "Done.");
        await Factory.PublishCycleAsync("2034-H2");
        await Factory.OpenCycleAsync("2035-H1", deadline: new DateOnly(2035, 3, 22));
        await Factory.CarryForwardAsync("2035-H1", "FR", "I.1");
        await Factory.ReportAsync("2035-H1", "FR", "I.2", ReviewState.Submitted, Completion.Substantial, "Officers posted.");
        await Factory.ReportAsync("2035-H1", "DE", "I.1", ReviewState.Draft, Completion.Complete, "Done, and evaluated.");
        await Factory.ReportAsync("2035-H1", "IT", "I.1", ReviewState.Returned);
        await Factory.ReportAsync("2035-H1", "GB", "I.1", ReviewState.Approved);
        await using var clocked = OnFixedDay();
        using var client = await clocked.SignInToAsync(await Factory.CreateAsync(Roles.Secretariat));

        var html = await client.PageAsync("/cycles/2035-H1/readiness");

        Assert.Equal("22 March 2035 (12 days left)", DashboardData.TextOf(html, "deadline"));
        // Member, missing, draft, submitted, returned, approved, late, unchanged since 2034-H2.
        Assert.Equal(["France", "25", "1", "1", "0", "0", "0", "2"], DashboardData.Cells(html, "readiness-FR"));
        Assert.Equal(["Germany", "26", "1", "0", "0", "0", "0", "0"], DashboardData.Cells(html, "readiness-DE"));
        Assert.Equal(["Italy", "26", "0", "0", "1", "0", "0", "0"], DashboardData.Cells(html, "readiness-IT"));
        Assert.Equal(["United Kingdom", "26", "0", "0", "0", "1", "0", "0"], DashboardData.Cells(html, "readiness-GB"));
        Assert.Equal(["All members", "211", "2", "1", "1", "1", "0", "2"], DashboardData.Cells(html, "readiness-all"));
        Assert.Equal("Late reports (0)", DashboardData.TextOf(html, "late-heading"));

        // The carried-forward report and the one that repeats last cycle's text word for word.
        Assert.NotNull(DashboardData.MarkupOf(html, "unchanged-FR-I.1"));
        Assert.Equal(["France", "I.2 Network of liaison officers", "Submitted"], DashboardData.Cells(html, "unchanged-FR-I.2"));
        Assert.Null(DashboardData.MarkupOf(html, "unchanged-DE-I.1"));
    }

    [Fact]
    public async Task After_the_deadline_every_report_not_yet_submitted_is_late_and_listed()
    {
        await Factory.OpenCycleAsync("2033-H2", deadline: new DateOnly(2034, 1, 15));
        await Factory.ReportAsync("2033-H2", "FR", "I.1", ReviewState.Submitted);
        var draft = await Factory.ReportAsync("2033-H2", "FR", "I.2", ReviewState.Draft);
        await Factory.ReportAsync("2033-H2", "DE", "I.1", ReviewState.Returned);
        await Factory.ReportAsync("2033-H2", "GB", "I.1", ReviewState.Approved);
        await using var clocked = OnFixedDay();
        using var client = await clocked.SignInToAsync(await Factory.CreateAsync(Roles.Secretariat));

        var html = await client.PageAsync("/cycles/2033-H2/readiness");

        Assert.Equal("15 January 2034 (419 days overdue)", DashboardData.TextOf(html, "deadline"));
        Assert.Equal("26", DashboardData.Cells(html, "readiness-FR")[6]);
        Assert.Equal("27", DashboardData.Cells(html, "readiness-DE")[6]);
        Assert.Equal("26", DashboardData.Cells(html, "readiness-GB")[6]);
        Assert.Equal("27", DashboardData.Cells(html, "readiness-CA")[6]);
        Assert.Equal("214", DashboardData.Cells(html, "readiness-all")[6]);
        Assert.Equal("Late reports (214)", DashboardData.TextOf(html, "late-heading"));
        Assert.Equal(["France", "I.2 Network of liaison officers", "Draft"], DashboardData.Cells(html, "late-FR-I.2"));
        Assert.Contains($"href=\"/review/{draft}\"", DashboardData.MarkupOf(html, "late-FR-I.2"), StringComparison.Ordinal);
        Assert.Equal(["Germany", "I.1 Specialised law enforcement units", "Returned"], DashboardData.Cells(html, "late-DE-I.1"));
        Assert.Equal(["Canada", "I.1 Specialised law enforcement units", "No report"], DashboardData.Cells(html, "late-CA-I.1"));
        Assert.Null(DashboardData.MarkupOf(html, "late-FR-I.1"));
        Assert.Null(DashboardData.MarkupOf(html, "late-GB-I.1"));
    }

    [Fact]
    public async Task Auditors_read_readiness_with_links_to_the_history_and_an_unknown_cycle_gives_404()
    {
        await Factory.OpenCycleAsync("2020-H1");
        var id = await Factory.ReportAsync("2020-H1", "FR", "I.1", ReviewState.Draft);
        using var client = await Factory.SignInAsAsync(Roles.Auditor);

        var html = await client.PageAsync("/cycles/2020-H1/readiness");
        await client.PageAsync("/cycles/2020-H2/readiness", HttpStatusCode.NotFound);
        await client.PageAsync("/cycles/20-H2/readiness", HttpStatusCode.NotFound);

        Assert.Equal(["France", "26", "1", "0", "0", "0", "27", "0"], DashboardData.Cells(html, "readiness-FR"));
        Assert.Contains($"href=\"/reports/{id}/history\"", DashboardData.MarkupOf(html, "late-FR-I.1"), StringComparison.Ordinal);
        Assert.DoesNotContain("/review/", html, StringComparison.Ordinal);
    }

    /// <summary>The application on <see cref="Today"/>: TimeProvider replaced, everything else as it is.</summary>
    [Fact]
    public async Task Readiness_lists_what_each_member_owes_and_its_counts_lead_to_the_queue_filtered_that_way()
    {
        await Factory.OpenCycleAsync("2034-H1", deadline: new DateOnly(2035, 3, 22));
        var draft = await Factory.ReportAsync("2034-H1", "FR", "I.1", ReviewState.Draft);
        var returned = await Factory.ReportAsync("2034-H1", "FR", "I.2", ReviewState.Returned);
        await Factory.ReportAsync("2034-H1", "FR", "I.3", ReviewState.Submitted);
        await using var clocked = OnFixedDay();
        using var secretariat = await clocked.SignInToAsync(await Factory.CreateAsync(Roles.Secretariat));
        using var auditor = await clocked.SignInToAsync(await Factory.CreateAsync(Roles.Auditor));

        var html = await secretariat.PageAsync("/cycles/2034-H1/readiness");
        var audited = await auditor.PageAsync("/cycles/2034-H1/readiness");

        var owed = DashboardData.MarkupOf(html, "owed-FR")!;
        Assert.Contains("France</strong>: 24 with no report, 1 in draft, 1 returned", owed, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/review/{draft}\"><span class=\"code\">I.1</span>", owed, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/review/{returned}\"><span class=\"code\">I.2</span>", owed, StringComparison.Ordinal);
        Assert.DoesNotContain(">I.3<", owed, StringComparison.Ordinal);
        var row = DashboardData.MarkupOf(html, "readiness-FR")!;
        Assert.Contains("href=\"/review?cycle=2034-H1&amp;member=FR&amp;state=submitted\"", row, StringComparison.Ordinal);
        Assert.Contains("href=\"/review?cycle=2034-H1&amp;member=FR&amp;state=returned\"", row, StringComparison.Ordinal);
        Assert.Contains("href=\"#owed-FR\"", row, StringComparison.Ordinal);
        Assert.Contains("Remind now", owed, StringComparison.Ordinal);
        // Auditors read the counts as links to the dashboard, the reports' histories, and cannot remind anyone.
        Assert.Contains("href=\"/cycles/2034-H1/dashboard?state=Submitted&amp;member=FR\"", DashboardData.MarkupOf(audited, "readiness-FR")!, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/reports/{draft}/history\">", audited, StringComparison.Ordinal);
        Assert.DoesNotContain("Remind now", audited, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remind_now_sends_the_members_focal_points_what_they_owe_once_a_day_and_records_it()
    {
        await Factory.OpenCycleAsync("2032-H1");
        await Factory.ReportAsync("2032-H1", "JP", "I.1", ReviewState.Draft);
        var first = await Factory.CreateAsync(Roles.FocalPoint, "JP");
        var second = await Factory.CreateAsync(Roles.FocalPoint, "JP");
        var other = await Factory.CreateAsync(Roles.FocalPoint, "CA");
        var reviewer = await Factory.CreateAsync(Roles.Secretariat);
        await using var clocked = OnFixedDay();
        using var client = await clocked.SignInToAsync(reviewer);
        using var focalPoint = await clocked.SignInToAsync(first);

        using var sent = await client.PostFormAsync("/cycles/2032-H1/readiness", [new("member", "JP")], "/cycles/2032-H1/readiness?handler=Remind");
        var page = await sent.Content.ReadAsStringAsync();
        using var again = await client.PostFormAsync("/cycles/2032-H1/readiness", [new("member", "JP")], "/cycles/2032-H1/readiness?handler=Remind");
        using var forbidden = await focalPoint.PostFormAsync("/reports", [new("member", "JP")], "/cycles/2032-H1/readiness?handler=Remind");

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("Reminder sent to Japan&#x27;s 2 focal points.", page, StringComparison.Ordinal);
        Assert.Contains("Reminded today (10 Mar 2035, 12:00 UTC, by RLG secretariat)", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Japan was already reminded today", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        await using var db = Factory.CreateDbContext();
        var emails = new[] { first.Email, second.Email, other.Email };
        var users = await db.Users.AsNoTracking().Where(u => emails.Contains(u.Email)).ToDictionaryAsync(u => u.Email!, u => u.Id);
        var notices = await db.Notifications.AsNoTracking().Where(n => n.DedupKey.StartsWith("remind:2032-H1:JP:")).Select(n => n.UserId).ToListAsync();
        Assert.Equal(new[] { users[first.Email], users[second.Email] }.Order(), notices.Order());
        var mails = await db.NotificationOutbox.AsNoTracking().Where(m => m.DedupKey.StartsWith("remind:2032-H1:JP:")).ToListAsync();
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.Contains("2032-H1", m.Subject, StringComparison.Ordinal));
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.Entity == "Reminder" && e.EntityKey == "2032-H1 JP").ToListAsync();
        Assert.Equal(reviewer.Email, Assert.Single(events).Actor);
        Assert.Equal(nameof(AuditAction.Reminded), events[0].Action);
    }

    private WebApplicationFactory<Program> OnFixedDay() =>
        Factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedClock(Today))));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
