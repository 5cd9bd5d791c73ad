using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Notifications;

/// <summary>Nobody gets a message twice: not across a restart mid-run, not with two replicas ticking at the same moment.</summary>
public sealed class ExactlyOnceTests
{
    private static readonly DateOnly Deadline = new(2032, 1, 15);

    [Fact]
    public async Task A_restart_between_queueing_and_sending_sends_each_message_once()
    {
        await using var world = await NotificationWorld.CreateAsync();
        await world.App.OpenCycleAsync("2031-H2", Deadline);
        var focalPoints = new[]
        {
            await world.App.CreateAsync(Roles.FocalPoint, "FR"), await world.App.CreateAsync(Roles.FocalPoint, "JP"),
            await world.App.CreateAsync(Roles.FocalPoint, "US"),
        };
        world.SetDay(Deadline.AddDays(-14));

        // The first run queues the reminders and dies before any goes out (its SMTP server is unreachable).
        world.StopSmtp();
        await using (var first = world.Replica())
        {
            Assert.Equal(3, (await NotificationWorld.TickAsync(first)).Queued);
        }

        world.StartSmtp();
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = world.Replica();
        var afterRestart = await NotificationWorld.TickAsync(second);
        var third = world.Replica();
        var again = await NotificationWorld.TickAsync(third);

        Assert.Equal((0, 3), (afterRestart.Queued, afterRestart.Sent));
        Assert.Equal((0, 0), (again.Queued, again.Sent));
        Assert.All(focalPoints, user => Assert.Single(world.ReceivedBy(user)));
        await using var db = world.Db();
        Assert.Equal(3, await db.NotificationOutbox.CountAsync(m => m.SentAt != null));
        Assert.Equal(3, await db.Notifications.CountAsync());
    }

    [Fact]
    public async Task Two_replicas_ticking_at_the_same_moment_send_each_message_once()
    {
        await using var world = await NotificationWorld.CreateAsync();
        await world.App.OpenCycleAsync("2031-H2", Deadline);
        var users = new List<TestUser>();
        foreach (var member in new[] { "CA", "FR", "DE", "IT", "JP", "GB", "US", "EU" })
        {
            users.Add(await world.App.CreateAsync(Roles.FocalPoint, member));
            users.Add(await world.App.CreateAsync(Roles.FocalPoint, member));
        }

        users.Add(await world.App.CreateAsync(Roles.Secretariat));
        var replicas = new[] { world.Replica(), world.Replica() };

        foreach (var day in new[] { -14, -13, -7, -2, 1 })
        {
            world.SetDay(Deadline.AddDays(day));
            for (var round = 0; round < 3; round++)
            {
                await Task.WhenAll(replicas.Select(NotificationWorld.TickAsync));
            }
        }

        // Sixteen focal points get four messages each (three reminders, the late list); the secretariat the late list.
        var received = world.Received();
        Assert.Equal(16 * 4 + 1, received.Count);
        Assert.All(users, user => Assert.Equal(user.Role == Roles.Secretariat ? 1 : 4, world.ReceivedBy(user).Count));
        Assert.Equal(received.Count, received.Select(m => m.MessageId).Distinct().Count());
        await using var db = world.Db();
        Assert.Equal(16 * 4 + 1, await db.NotificationOutbox.CountAsync(m => m.SentAt != null && m.Attempts == 1));
    }

    [Fact]
    public async Task A_message_claimed_by_one_replica_is_left_alone_by_another_until_the_claim_runs_out()
    {
        await using var world = await NotificationWorld.CreateAsync();
        await world.App.OpenCycleAsync("2031-H2", Deadline);
        var user = await world.App.CreateAsync(Roles.FocalPoint, "CA");
        world.SetDay(Deadline.AddDays(-2));
        var replica = world.Replica();
        await NotificationWorld.TickAsync(replica);
        Assert.Single(world.ReceivedBy(user));

        // A claim that died with its replica: the row was taken, the send never recorded.
        await using (var db = world.Db())
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE notification_outbox SET sent_at = NULL, attempts = 1, next_attempt_at = {world.Clock.GetUtcNow().AddMinutes(10)}");
        }

        world.Clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(0, (await NotificationWorld.TickAsync(world.Replica())).Sent);
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await NotificationWorld.TickAsync(world.Replica())).Sent);
    }
}
