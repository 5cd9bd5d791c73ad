using System.Globalization;
using System.Net;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Tests.Reports;

public sealed class ReportAccessTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Focal_point_cannot_read_or_change_another_members_report()
    {
        await Factory.OpenCycleAsync("2061-H1");
        await Factory.OpenCycleAsync("2060-H2");
        await Factory.SaveAsync(await Factory.ReportIdAsync("2060-H2", "DE", "I.1"), ReportData.Content("German draft of last cycle."));
        var id = await Factory.ReportIdAsync("2061-H1", "DE", "I.1");
        await Factory.SaveAsync(id, ReportData.Content("German draft, confidential."));
        var before = await Factory.StoredAsync(id);
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        var token = await client.GetTokenAsync("/reports?cycle=2061-H1");
        var version = before.Version.ToString(CultureInfo.InvariantCulture);

        using var read = await client.GetAsync($"/reports/{id}");
        using var history = await client.GetAsync($"/reports/{id}/history");
        var posts = new List<HttpResponseMessage>();
        foreach (var handler in new[] { "Save", "Submit", "CarryForward", "NoSuchAction" })
        {
            posts.Add(await client.PostAsync($"/reports/{id}?handler={handler}", new FormUrlEncodedContent(
            [
                new("Input.Version", version), new("Input.Completion", "Complete"), new("Input.Narrative", "Forged by France."),
                new(Forms.TokenField, token),
            ])));
        }

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.DoesNotContain("German draft", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, history.StatusCode);
        Assert.DoesNotContain("German draft", await history.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.All(posts, p => Assert.Equal(HttpStatusCode.NotFound, p.StatusCode));
        posts.ForEach(p => p.Dispose());
        var after = await Factory.StoredAsync(id);
        Assert.Equal((before.Narrative, before.State, before.Version, 1), (after.Narrative, after.State, after.Version, after.Revisions.Count));
    }

    [Theory]
    [InlineData(Roles.Secretariat, "2062-H1")]
    [InlineData(Roles.Auditor, "2062-H2")]
    public async Task Secretariat_and_auditor_cannot_use_the_focal_points_pages(string role, string cycle)
    {
        await Factory.OpenCycleAsync(cycle);
        var id = await Factory.ReportIdAsync(cycle, "FR", "I.1");
        using var client = await Factory.SignInAsAsync(role);
        var token = await client.GetTokenAsync("/plans");

        using var list = await client.GetAsync($"/reports?cycle={cycle}");
        using var edit = await client.GetAsync($"/reports/{id}");
        using var save = await client.PostAsync($"/reports/{id}?handler=Save", new FormUrlEncodedContent(
        [
            new("Input.Version", "0"), new("Input.Narrative", "Written by the wrong role."), new(Forms.TokenField, token),
        ]));
        using var sendPage = await client.GetAsync($"/reports/submit?cycle={cycle}");
        using var send = await client.PostAsync("/reports/submit", new FormUrlEncodedContent(
        [
            new("cycle", cycle), new("Input.Send", $"{id}"), new(Forms.TokenField, token),
        ]));

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, sendPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, send.StatusCode);
        Assert.False((await Factory.StoredAsync(id)).HasContent);
    }

    [Fact]
    public async Task Visitor_is_sent_to_sign_in()
    {
        using var client = Factory.CreateNonRedirectingClient();

        using var response = await client.GetAsync("/reports");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
