using System.Net;
using ActionPlanTracker.Data.Notifications;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Dashboard;
using ActionPlanTracker.Web.Tests.Review;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Notifications;

/// <summary>A focal point is told when the secretariat returns or approves one of its member's reports.</summary>
public sealed class ReviewNotificationTests
{
    private const string Comment = "Please add the dates of the training sessions.";

    private static async Task<(NotificationWorld World, int Report)> SubmittedAsync()
    {
        var world = await NotificationWorld.CreateAsync();
        await world.App.OpenCycleAsync("2033-H1");
        var id = await world.App.SubmitAsync("2033-H1", "DE", "I.3", Completion.Substantial, "Confidential narrative of Germany.", ReviewData.Start);
        return (world, id);
    }

    [Fact]
    public async Task Returning_a_report_queues_a_notice_for_each_of_the_members_focal_points_in_the_same_transaction()
    {
        var (world, id) = await SubmittedAsync();
        await using var _ = world;
        var germany = await world.App.CreateAsync(Roles.FocalPoint, "DE");
        var germany2 = await world.App.CreateAsync(Roles.FocalPoint, "DE");
        var france = await world.App.CreateAsync(Roles.FocalPoint, "FR");
        var host = world.Replica();
        using var secretariat = await host.SignInToAsync(await world.App.CreateAsync(Roles.Secretariat));

        using var response = await secretariat.PostReturnAsync(id, Comment);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ReviewState.Returned, (await world.App.StoredAsync(id)).State);
        Assert.Empty(await world.OutboxAsync(france));
        var queued = Assert.Single(await world.OutboxAsync(germany));
        Assert.Single(await world.OutboxAsync(germany2));
        Assert.Equal(NotificationKind.ReportReturned, queued.Kind);
        Assert.StartsWith("Returned: DE I.3 ", queued.Subject, StringComparison.Ordinal);
        var notice = Assert.Single(await world.InAppAsync(germany));
        Assert.Contains(Comment, notice.Text, StringComparison.Ordinal);
        Assert.Equal($"/reports/{id}", notice.Link);

        await NotificationWorld.TickAsync(host);

        var mail = Assert.Single(world.ReceivedBy(germany));
        Assert.Contains("with a comment", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{NotificationWorld.BaseUrl}/reports/{id}", mail.HtmlBody, StringComparison.Ordinal);

        // The comment and the narrative stay behind sign-in.
        Assert.DoesNotContain("training sessions", mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Confidential", mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approving_a_report_tells_the_focal_point_and_shows_in_its_list_with_the_unread_count()
    {
        var (world, id) = await SubmittedAsync();
        await using var _ = world;
        var germany = await world.App.CreateAsync(Roles.FocalPoint, "DE");
        var host = world.Replica();
        using (var secretariat = await host.SignInToAsync(await world.App.CreateAsync(Roles.Secretariat)))
        {
            using var approved = await secretariat.PostApproveAsync(id);
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        var queued = Assert.Single(await world.OutboxAsync(germany));
        Assert.Equal(NotificationKind.ReportApproved, queued.Kind);
        using var focalPoint = await host.SignInToAsync(germany);
        var home = await focalPoint.PageAsync("/notifications");
        Assert.Contains("Notifications (1 unread)", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/reports/{id}/history\"", home, StringComparison.Ordinal);
        Assert.Contains("DE I.3 ", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_review_queues_no_notice()
    {
        var (world, id) = await SubmittedAsync();
        await using var _ = world;
        var germany = await world.App.CreateAsync(Roles.FocalPoint, "DE");
        var host = world.Replica();
        using var secretariat = await host.SignInToAsync(await world.App.CreateAsync(Roles.Secretariat));
        var page = await secretariat.LoadReviewPageAsync(id);
        await world.App.ReturnThroughDomainAsync("2033-H1", "DE", "I.3", "Returned meanwhile.", ReviewData.Start.AddHours(1));

        using var response = await secretariat.PostReviewAsync(id, "Approve", page);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Empty(await world.OutboxAsync(germany));
        await using var db = world.Db();
        Assert.Equal(0, await db.Notifications.CountAsync());
    }
}
