using System.Net;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Reliability;

/// <summary>
/// A focal point's browser on one report, signed in through the real form, that does not follow redirects: a save
/// that stands answers 302, a refused one answers with the page and its status.
/// </summary>
internal sealed class ReportSaver(HttpClient client, int reportId, string token) : IDisposable
{
    public HttpClient Client { get; } = client;

    public static async Task<ReportSaver> SignInAsync(AppFactory factory, int reportId, string member)
    {
        var user = await factory.CreateAsync(Domain.Roles.FocalPoint, member);
        var client = factory.CreateNonRedirectingClient();
        using var signIn = await client.PostFormAsync("/account/sign-in", ("Input.Email", user.Email), ("Input.Password", user.Password));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        // The antiforgery token belongs to the session, not to one page view: one read serves every later post.
        return new ReportSaver(client, reportId, await client.GetTokenAsync($"/reports/{reportId}"));
    }

    /// <summary>Posts the Save handler with <paramref name="version"/>, the version the form was read at.</summary>
    public Task<HttpResponseMessage> SaveAsync(uint version, string narrative) =>
        Client.PostAsync($"/reports/{reportId}?handler=Save", new FormUrlEncodedContent(
        [
            new("Input.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Completion", "Limited"),
            new("Input.Narrative", narrative),
            new(Forms.TokenField, token),
        ]));

    public static async Task<uint> VersionAsync(AppFactory factory, int reportId)
    {
        await using var db = factory.CreateDbContext();
        return await db.Reports.Where(r => r.Id == reportId).Select(r => r.Version).SingleAsync();
    }

    public void Dispose() => Client.Dispose();
}
