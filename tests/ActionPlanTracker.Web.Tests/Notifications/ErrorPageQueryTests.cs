using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Dashboard;
using ActionPlanTracker.Web.Tests.Infrastructure;

namespace ActionPlanTracker.Web.Tests.Notifications;

/// <summary>
/// The error and status pages must render when the database does not answer, so they leave out the navigation's
/// count of unread notifications: a signed-in user's error page sends no SQL at all.
/// </summary>
public sealed class ErrorPageQueryTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("/Status/404", HttpStatusCode.NotFound)]
    [InlineData("/Error", HttpStatusCode.OK)]
    public async Task Error_pages_of_a_signed_in_user_run_no_query(string url, HttpStatusCode expected)
    {
        var counter = new QueryCounter();
        await using var counted = counter.Attach(app.Factory);
        using var client = await counted.SignInToAsync(await app.Factory.CreateAsync(Roles.FocalPoint, "FR"));

        var (status, commands) = await counter.MeasureAsync(client, url);

        Assert.Equal(expected, status);
        Assert.True(commands == 0, string.Join("\n----\n", counter.Commands));
    }
}
