using System.Net;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Tests.Review;

/// <summary>A class of its own: its database must hold no cycle at all.</summary>
public sealed class NoCycleReviewQueueTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Queue_without_any_open_cycle_says_so_in_words()
    {
        using var client = await app.Factory.SignInAsAsync(Roles.Secretariat);

        using var response = await client.GetAsync("/review");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No reporting cycle is open or under review", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
