using System.Net;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Tests.Review;

public sealed class ReviewAccessTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Theory]
    [InlineData(Roles.FocalPoint, "FR", "2061-H1")]
    [InlineData(Roles.Auditor, null, "2062-H1")]
    [InlineData(Roles.Administrator, null, "2063-H1")]
    public async Task Only_the_secretariat_may_see_the_queue_open_a_report_or_decide_on_it(string role, string? member, string cycle)
    {
        await Factory.OpenCycleAsync(cycle);
        var id = await Factory.SubmitAsync(cycle, "FR", "I.1", Completion.Limited, "France's text.", ReviewData.Start);
        using var client = await Factory.SignInAsAsync(role, member);
        var token = await client.GetTokenAsync("/plans");

        using var queue = await client.GetAsync("/review");
        using var page = await client.GetAsync($"/review/{id}");
        using var returned = await client.PostReviewAsync(id, "Return", new(token, (await Factory.StoredAsync(id)).Version), "Please add the figures.");
        using var approved = await client.PostReviewAsync(id, "Approve", new(token, (await Factory.StoredAsync(id)).Version));

        Assert.Equal(
            (HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            (queue.StatusCode, page.StatusCode, returned.StatusCode, approved.StatusCode));
        var stored = await Factory.StoredAsync(id);
        Assert.Equal((ReviewState.Submitted, 2), (stored.State, stored.RevisionCount));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_nothing_changes()
    {
        await Factory.OpenCycleAsync("2064-H1");
        var id = await Factory.SubmitAsync("2064-H1", "FR", "I.1", Completion.Limited, "France's text.", ReviewData.Start);
        using var client = Factory.CreateNonRedirectingClient();
        var version = (await Factory.StoredAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var queue = await client.GetAsync("/review");
        using var page = await client.GetAsync($"/review/{id}");
        using var approved = await client.PostAsync($"/review/{id}?handler=Approve", new FormUrlEncodedContent([new("Input.Version", version)]));

        foreach (var response in new[] { queue, page, approved })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/sign-in", new Uri(client.BaseAddress!, response.Headers.Location!).AbsolutePath);
        }

        Assert.Equal(ReviewState.Submitted, (await Factory.StoredAsync(id)).State);
    }
}
