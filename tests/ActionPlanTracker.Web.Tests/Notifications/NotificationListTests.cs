using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Notifications;

/// <summary>Each user's list of notifications, with the unread count in the navigation and mark-as-read.</summary>
public sealed class NotificationListTests
{
    private static readonly DateOnly Deadline = new(2033, 7, 15);

    private static async Task<(NotificationWorld World, TestUser France, TestUser Germany)> RemindedAsync()
    {
        var world = await NotificationWorld.CreateAsync();
        await world.App.OpenCycleAsync("2033-H1", Deadline);
        var france = await world.App.CreateAsync(Roles.FocalPoint, "FR");
        var germany = await world.App.CreateAsync(Roles.FocalPoint, "DE");
        var host = world.Replica();
        world.SetDay(Deadline.AddDays(-14));
        await NotificationWorld.TickAsync(host);
        world.SetDay(Deadline.AddDays(-7));
        await NotificationWorld.TickAsync(host);
        return (world, france, germany);
    }

    [Fact]
    public async Task The_list_shows_the_users_own_notifications_newest_first_and_marks_them_read()
    {
        var (world, france, _) = await RemindedAsync();
        await using var _ = world;
        using var client = await world.App.SignInAsync(france);

        var html = await client.PageAsync("/notifications");

        Assert.Contains("Notifications (2 unread)", html, StringComparison.Ordinal);
        var notices = await world.InAppAsync(france);
        Assert.True(html.IndexOf($"id=\"notification-{notices[1].Id}\"", StringComparison.Ordinal)
            < html.IndexOf($"id=\"notification-{notices[0].Id}\"", StringComparison.Ordinal), "Newest first.");

        using var read = await client.PostFormAsync("/notifications", [], $"/notifications?handler=Read&id={notices[0].Id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("Notifications (1 unread)", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull((await world.InAppAsync(france))[0].ReadAt);
        Assert.Null((await world.InAppAsync(france))[1].ReadAt);

        using var all = await client.PostFormAsync("/notifications", [], "/notifications?handler=ReadAll");
        var after = await all.Content.ReadAsStringAsync();
        Assert.Contains("1 notification marked as read.", after, StringComparison.Ordinal);
        Assert.Contains(">Notifications</a>", after, StringComparison.Ordinal);
        Assert.All(await world.InAppAsync(france), n => Assert.NotNull(n.ReadAt));
    }

    [Fact]
    public async Task A_user_cannot_mark_another_users_notification_as_read()
    {
        var (world, france, germany) = await RemindedAsync();
        await using var _ = world;
        var theirs = (await world.InAppAsync(germany))[0];
        using var client = await world.App.SignInAsync(france);

        using var response = await client.PostFormAsync("/notifications", [], $"/notifications?handler=Read&id={theirs.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await world.InAppAsync(germany))[0].ReadAt);
        Assert.Equal(2, (await world.InAppAsync(france)).Count(n => n.ReadAt == null));
    }

    [Fact]
    public async Task A_user_without_notifications_is_told_so()
    {
        await using var world = await NotificationWorld.CreateAsync();
        using var client = await world.App.SignInAsAsync(Roles.Auditor);

        var html = await client.PageAsync("/notifications");

        Assert.Contains("You have no notifications.", html, StringComparison.Ordinal);
        await using var db = world.Db();
        Assert.Equal(0, await db.Notifications.CountAsync());
    }
}
