using ActionPlanTracker.Data.Notifications;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Notifications;
using ActionPlanTracker.Web.Tests.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Notifications;

/// <summary>Reminders before the deadline and the late list after it, on the right days, to the right people (time is set, not waited for).</summary>
public sealed class ReminderScheduleTests
{
    private static readonly DateOnly Deadline = new(2031, 7, 15);

    [Fact]
    public async Task Focal_points_with_open_reports_get_one_reminder_on_each_configured_day_and_the_late_list_the_day_after()
    {
        await using var world = await NotificationWorld.CreateAsync();
        await world.App.OpenCycleAsync("2031-H1", Deadline);
        await world.App.ReportAsync("2031-H1", "FR", "I.1", ReviewState.Draft, Completion.Limited, "Confidential narrative of France.");
        await world.App.ReportAsync("2031-H1", "FR", "I.2", ReviewState.Returned);
        await world.SubmitAllAsync("2031-H1", "DE", DashboardData.At);
        var france = await world.App.CreateAsync(Roles.FocalPoint, "FR");
        var france2 = await world.App.CreateAsync(Roles.FocalPoint, "FR");
        var germany = await world.App.CreateAsync(Roles.FocalPoint, "DE");
        var secretariat = await world.App.CreateAsync(Roles.Secretariat);
        var host = world.Replica();

        var sentByDay = new Dictionary<int, int>();
        foreach (var daysBefore in Enumerable.Range(-3, 19).Reverse())
        {
            world.SetDay(Deadline.AddDays(-daysBefore));
            sentByDay[daysBefore] = (await NotificationWorld.TickAsync(host)).Sent;
        }

        // Two French focal points on days 14, 7 and 2 before and on the day after; then France's late list goes to the secretariat too.
        Assert.Equal(
            new Dictionary<int, int> { [14] = 2, [7] = 2, [2] = 2, [-1] = 3 },
            sentByDay.Where(d => d.Value > 0).ToDictionary());
        Assert.Empty(world.ReceivedBy(germany));
        foreach (var user in new[] { france, france2 })
        {
            var subjects = world.ReceivedBy(user).Select(m => m.Subject).ToList();
            Assert.Equal(4, subjects.Count);
            Assert.StartsWith("Reminder: 27 reports for 2031-H1 due in 14 days (15 July 2031)", subjects[0], StringComparison.Ordinal);
            Assert.StartsWith("Reminder: 27 reports for 2031-H1 due in 7 days", subjects[1], StringComparison.Ordinal);
            Assert.StartsWith("Reminder: 27 reports for 2031-H1 due in 2 days", subjects[2], StringComparison.Ordinal);
            Assert.Equal("Late: 27 reports for 2031-H1 were due on 15 July 2031", subjects[3]);
            Assert.Equal(4, (await world.InAppAsync(user)).Count);
        }

        var late = Assert.Single(world.ReceivedBy(secretariat));
        Assert.Equal("Late reports for 2031-H1: 7 members", late.Subject);
        Assert.Contains("France: 27 reports not submitted", late.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Germany", late.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_lists_titles_and_states_with_links_in_text_and_html_and_never_the_narrative()
    {
        await using var world = await NotificationWorld.CreateAsync();
        await world.App.OpenCycleAsync("2031-H1", Deadline);
        var draft = await world.App.ReportAsync("2031-H1", "IT", "I.1", ReviewState.Draft, Completion.Limited, "Confidential narrative of Italy.");
        var italy = await world.App.CreateAsync(Roles.FocalPoint, "IT");
        world.SetDay(Deadline.AddDays(-7));

        await NotificationWorld.TickAsync(world.Replica());

        var message = Assert.Single(world.ReceivedBy(italy));
        Assert.Equal("rlg@example.org", message.From.Mailboxes.Single().Address);
        Assert.Contains("The deadline for Italy's reports in cycle 2031-H1 is 15 July 2031, in 7 days.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("- I.1 ", message.TextBody, StringComparison.Ordinal);
        Assert.Contains(": Draft\n", message.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains(": No report\n", message.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"{NotificationWorld.BaseUrl}/reports/{draft}", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{NotificationWorld.BaseUrl}/reports/{draft}\">", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Confidential", message.TextBody + message.HtmlBody, StringComparison.Ordinal);
        var notice = Assert.Single(await world.InAppAsync(italy));
        Assert.Equal(NotificationKind.DeadlineReminder, notice.Kind);
        Assert.Equal("/reports?cycle=2031-H1", notice.Link);
    }

    [Fact]
    public async Task The_secretariat_gets_yesterdays_submissions_once_in_a_daily_digest()
    {
        await using var world = await NotificationWorld.CreateAsync();
        await world.App.OpenCycleAsync("2031-H1", Deadline);
        await world.App.ChangeAsync("2031-H1", "FR", "II.1", (report, cycle) =>
        {
            report.SaveDraft(cycle, new ReportContent(Completion.Substantial, "Narrative.", "", "", [], null), "fp@example.org", new(2031, 5, 3, 10, 0, 0, TimeSpan.Zero));
            report.Submit(cycle, "fp@example.org", new(2031, 5, 3, 23, 59, 0, TimeSpan.Zero));
        });
        var secretariat = await world.App.CreateAsync(Roles.Secretariat);
        var focalPoint = await world.App.CreateAsync(Roles.FocalPoint, "FR");
        var host = world.Replica();

        foreach (var day in new[] { 3, 4, 4, 5 })
        {
            world.SetDay(new DateOnly(2031, 5, day));
            await NotificationWorld.TickAsync(host);
        }

        var digest = Assert.Single(world.ReceivedBy(secretariat));
        Assert.Equal("Submitted on 3 May 2031: 1 report", digest.Subject);
        Assert.Contains("France, II.1 ", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Narrative.", digest.TextBody + digest.HtmlBody, StringComparison.Ordinal);
        Assert.Empty(world.ReceivedBy(focalPoint));
    }

    [Fact]
    public async Task Nothing_is_sent_for_a_cycle_that_is_not_open()
    {
        await using var world = await NotificationWorld.CreateAsync();
        await using (var db = world.Db())
        {
            db.Cycles.Add(new ReportingCycle(CycleCode.Parse("2031-H1"), new(2031, 1, 1), new(2031, 6, 30), Deadline, new(2031, 9, 1), await db.AdoptedPlanAsync()));
            await db.SaveChangesAsync();
        }

        await world.App.CreateAsync(Roles.FocalPoint, "FR");
        world.SetDay(Deadline.AddDays(-14));

        await NotificationWorld.TickAsync(world.Replica());

        Assert.Empty(world.Received());
        await using var check = world.Db();
        Assert.Equal(0, await check.NotificationOutbox.CountAsync());
    }

    [Theory]
    [InlineData(15, null)]
    [InlineData(14, 14)]
    [InlineData(8, 14)]
    [InlineData(7, 7)]
    [InlineData(3, 7)]
    [InlineData(2, 2)]
    [InlineData(0, 2)]
    [InlineData(-1, null)]
    public void A_missed_reminder_day_is_caught_up_within_its_window(int daysLeft, int? expected) =>
        Assert.Equal(expected, NotificationSchedule.ReminderDue([14, 7, 2], daysLeft));
}
