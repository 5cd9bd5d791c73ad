using System.Net;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Cycles;

public sealed class CycleAccessTests(AppFixture app) : IClassFixture<AppFixture>
{
    public static TheoryData<string, string?> Readers => new()
    {
        { Roles.FocalPoint, "FR" },
        { Roles.Auditor, null },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Readers_cannot_open_the_new_cycle_form_nor_post_it(string role, string? member)
    {
        using var client = await app.Factory.SignInAsAsync(role, member);
        var code = role == Roles.Auditor ? "2031-H1" : "2031-H2";

        using var page = await client.GetAsync("/cycles/new");
        using var post = await client.PostFormAsync("/cycles",
            [new("Input.Code", code), new("Input.SubmissionDeadline", "2031-12-15"), new("Input.MeetingDate", "2032-01-15")], postUrl: "/cycles/new");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Null(await CycleData.FindAsync(app.Factory, code));
    }

    [Theory]
    [InlineData(Roles.FocalPoint, "FR", "2032-H1", CycleState.Planned, "Open")]
    [InlineData(Roles.FocalPoint, "FR", "2032-H2", CycleState.Open, "StartReview")]
    [InlineData(Roles.FocalPoint, "FR", "2033-H1", CycleState.UnderReview, "Publish")]
    [InlineData(Roles.Auditor, null, "2033-H2", CycleState.Planned, "Open")]
    [InlineData(Roles.Auditor, null, "2034-H1", CycleState.Open, "StartReview")]
    [InlineData(Roles.Auditor, null, "2034-H2", CycleState.UnderReview, "Publish")]
    public async Task Readers_cannot_move_a_cycle(string role, string? member, string code, CycleState state, string handler)
    {
        var cycle = await CycleData.CreateAsync(app.Factory, code, state);
        using var client = await app.Factory.SignInAsAsync(role, member);

        var page = await client.GetStringAsync($"/cycles/{code}");
        using var post = await client.PostFormAsync($"/cycles/{code}", [], postUrl: $"/cycles/{code}?handler={handler}");

        Assert.DoesNotContain("handler=", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Change the dates", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        var stored = await CycleData.FindAsync(app.Factory, code);
        Assert.Equal((state, cycle.Version), (stored!.State, stored.Version));
        await using var db = app.Factory.CreateDbContext();
        Assert.Equal(state == CycleState.Planned ? 0 : 216, await db.Reports.CountAsync(r => r.CycleId == cycle.Id));
    }

    [Theory]
    [InlineData(Roles.FocalPoint, "FR", "2035-H1")]
    [InlineData(Roles.Auditor, null, "2035-H2")]
    public async Task Readers_cannot_change_the_dates(string role, string? member, string code)
    {
        var cycle = await CycleData.CreateAsync(app.Factory, code);
        using var client = await app.Factory.SignInAsAsync(role, member);

        using var page = await client.GetAsync($"/cycles/{code}/edit");
        using var post = await client.PostFormAsync($"/cycles/{code}",
            [new("Input.PeriodStart", "2035-01-01"), new("Input.PeriodEnd", "2035-12-31"), new("Input.SubmissionDeadline", "2036-01-31"),
             new("Input.MeetingDate", "2036-03-01"), new("Input.Version", cycle.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            postUrl: $"/cycles/{code}/edit");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        var stored = await CycleData.FindAsync(app.Factory, code);
        Assert.Equal((cycle.SubmissionDeadline, cycle.Version), (stored!.SubmissionDeadline, stored.Version));
    }

    [Theory]
    [InlineData("/cycles")]
    [InlineData("/cycles/new")]
    [InlineData("/cycles/2036-H1")]
    [InlineData("/cycles/2036-H1/edit")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        using var client = app.Factory.CreateNonRedirectingClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Anonymous_posts_change_nothing()
    {
        var cycle = await CycleData.CreateAsync(app.Factory, "2037-H1");
        using var client = app.Factory.CreateNonRedirectingClient();

        using var response = await client.PostAsync("/cycles/2037-H1?handler=Open", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
        var stored = await CycleData.FindAsync(app.Factory, "2037-H1");
        Assert.Equal((CycleState.Planned, cycle.Version), (stored!.State, stored.Version));
    }
}
