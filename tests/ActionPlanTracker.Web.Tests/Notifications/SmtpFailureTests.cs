using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Notifications;
using ActionPlanTracker.Web.Tests.Dashboard;

namespace ActionPlanTracker.Web.Tests.Notifications;

/// <summary>A failing SMTP server leaves the messages queued, tried again with back-off, shown to administrators, sent when it is back.</summary>
public sealed class SmtpFailureTests
{
    private static readonly DateOnly Deadline = new(2032, 7, 15);

    [Fact]
    public async Task Messages_wait_with_their_attempts_and_error_while_the_server_is_down_and_go_out_once_it_is_back()
    {
        await using var world = await NotificationWorld.CreateAsync();
        await world.App.OpenCycleAsync("2032-H1", Deadline);
        var focalPoint = await world.App.CreateAsync(Roles.FocalPoint, "GB");
        var host = world.Replica();
        world.SetDay(Deadline.AddDays(-7));
        var start = world.Clock.GetUtcNow();
        world.StopSmtp();

        await NotificationWorld.TickAsync(host);
        var failed = Assert.Single(await world.OutboxAsync(focalPoint));
        Assert.Equal((1, start.AddMinutes(1), (DateTimeOffset?)null), (failed.Attempts, failed.NextAttemptAt, failed.SentAt));
        Assert.StartsWith($"Cannot connect to the SMTP server 127.0.0.1:{world.SmtpPort}", failed.LastError, StringComparison.Ordinal);

        // Not due again before its back-off has passed; then 2 minutes, then 4.
        await NotificationWorld.TickAsync(host);
        Assert.Equal(1, Assert.Single(await world.OutboxAsync(focalPoint)).Attempts);
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        await NotificationWorld.TickAsync(host);
        var second = Assert.Single(await world.OutboxAsync(focalPoint));
        Assert.Equal((2, start.AddMinutes(1 + 2)), (second.Attempts, second.NextAttemptAt));

        using (var admin = await host.SignInToAsync(await world.App.CreateAsync(Roles.Administrator)))
        {
            var page = await admin.PageAsync("/admin/notifications");
            Assert.Contains("1 waiting, of which 1 after a failed attempt", page, StringComparison.Ordinal);
            Assert.Contains(focalPoint.Email, page, StringComparison.Ordinal);
            Assert.Contains("Cannot connect to the SMTP server", page, StringComparison.Ordinal);
        }

        world.StartSmtp();
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        var result = await NotificationWorld.TickAsync(host);

        Assert.Equal(1, result.Sent);
        var sent = Assert.Single(await world.OutboxAsync(focalPoint));
        Assert.Equal((3, world.Clock.GetUtcNow(), (string?)null), (sent.Attempts, sent.SentAt, sent.LastError));
        Assert.Single(world.ReceivedBy(focalPoint));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(5, 16)]
    [InlineData(9, 256)]
    [InlineData(10, 360)]
    [InlineData(40, 360)]
    public void The_back_off_doubles_up_to_six_hours(int attempts, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), OutboxSender.BackOff(attempts));
}
