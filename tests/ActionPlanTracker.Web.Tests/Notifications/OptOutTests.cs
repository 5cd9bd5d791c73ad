using System.Net;
using ActionPlanTracker.Data.Notifications;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Dashboard;
using ActionPlanTracker.Web.Tests.Review;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Notifications;

/// <summary>Each user chooses the optional notifications sent by e-mail; deadline notices cannot be turned off.</summary>
public sealed class OptOutTests
{
    private static readonly DateOnly Deadline = new(2034, 1, 15);

    [Fact]
    public async Task A_focal_point_who_turned_off_return_notices_gets_no_email_but_still_sees_it_in_the_application()
    {
        await using var world = await NotificationWorld.CreateAsync();
        await world.App.OpenCycleAsync("2033-H2", Deadline);
        var id = await world.App.SubmitAsync("2033-H2", "IT", "II.2", Completion.Limited, "Narrative.", ReviewData.Start);
        var quiet = await world.App.CreateAsync(Roles.FocalPoint, "IT");
        var other = await world.App.CreateAsync(Roles.FocalPoint, "IT");
        var host = world.Replica();
        using (var client = await host.SignInToAsync(quiet))
        {
            var settings = await client.PageAsync("/account/notifications");
            Assert.Contains("value=\"ReportReturned\" checked=\"checked\"", settings, StringComparison.Ordinal);
            Assert.Contains("checked disabled", settings, StringComparison.Ordinal);

            using var saved = await client.PostFormAsync("/account/notifications", ("Input.Receive", "ReportApproved"));

            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            var html = await saved.Content.ReadAsStringAsync();
            Assert.Contains("Your notification settings are saved.", html, StringComparison.Ordinal);
            Assert.Contains("value=\"ReportApproved\" checked=\"checked\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("value=\"ReportReturned\" checked=\"checked\"", html, StringComparison.Ordinal);
        }

        await using (var db = world.Db())
        {
            var quietId = await world.UserIdAsync(quiet);
            var optOut = Assert.Single(await db.NotificationOptOuts.AsNoTracking().ToListAsync());
            Assert.Equal((quietId, NotificationKind.ReportReturned), (optOut.UserId, optOut.Kind));
            Assert.Single(await db.AuditEvents.Where(e => e.Entity == "NotificationOptOut" && e.Action == nameof(AuditAction.Created) && e.Actor == quiet.Email).ToListAsync());
        }

        using (var secretariat = await host.SignInToAsync(await world.App.CreateAsync(Roles.Secretariat)))
        {
            using var returned = await secretariat.PostReturnAsync(id, "Please add figures.");
            Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        }

        await NotificationWorld.TickAsync(host);

        Assert.Empty(world.ReceivedBy(quiet));
        Assert.Single(world.ReceivedBy(other));
        Assert.Single(await world.InAppAsync(quiet));
    }

    [Fact]
    public async Task Deadline_reminders_cannot_be_turned_off()
    {
        await using var world = await NotificationWorld.CreateAsync();
        await world.App.OpenCycleAsync("2033-H2", Deadline);
        var focalPoint = await world.App.CreateAsync(Roles.FocalPoint, "CA");
        using (var client = await world.App.SignInAsync(focalPoint))
        {
            using var refused = await client.PostFormAsync("/account/notifications", ("Input.Receive", "DeadlineReminder"));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("Choose among the notifications listed.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Even a row written behind the page's back does not stop a deadline notice.
        await using (var db = world.Db())
        {
            Assert.Equal(0, await db.NotificationOptOuts.CountAsync());
            db.NotificationOptOuts.Add(new NotificationOptOut(await world.UserIdAsync(focalPoint), NotificationKind.DeadlineReminder));
            await db.SaveChangesAsync();
        }

        world.SetDay(Deadline.AddDays(-2));
        await NotificationWorld.TickAsync(world.Replica());

        Assert.Single(world.ReceivedBy(focalPoint));
    }

    [Fact]
    public async Task A_secretariat_member_who_turned_off_the_digest_does_not_get_it()
    {
        await using var world = await NotificationWorld.CreateAsync();
        await world.App.OpenCycleAsync("2033-H2", Deadline);
        await world.App.SubmitAsync("2033-H2", "JP", "III.1", Completion.Complete, "Narrative.", new(2033, 11, 3, 12, 0, 0, TimeSpan.Zero));
        var quiet = await world.App.CreateAsync(Roles.Secretariat);
        var reader = await world.App.CreateAsync(Roles.Secretariat);
        using (var client = await world.App.SignInAsync(quiet))
        {
            var settings = await client.PageAsync("/account/notifications");
            Assert.Contains("value=\"SubmissionDigest\"", settings, StringComparison.Ordinal);
            Assert.DoesNotContain("value=\"ReportReturned\"", settings, StringComparison.Ordinal);
            using var saved = await client.PostFormAsync("/account/notifications", []);
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        world.SetDay(new DateOnly(2033, 11, 4));
        await NotificationWorld.TickAsync(world.Replica());

        Assert.Empty(world.ReceivedBy(quiet));
        Assert.Single(world.ReceivedBy(reader));
    }
}
