using ActionPlanTracker.Web.Tests.Authorization;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Security;

/// <summary>
/// Every route of the authorization matrix (which itself fails when a page or handler has no row), as every role and
/// anonymously, plus the answers no page makes: a missing page, a missing file, a static file, the health check.
/// </summary>
public sealed class HeadersOnEveryRouteTests(AuthorizationMatrixFixture app) : IClassFixture<AuthorizationMatrixFixture>
{
    private static readonly string[] Extra = ["/no-such-page", "/cycles/1999-H1", "/css/no-such-file.css", "/Status/500", "/health"];

    [Fact]
    public async Task Every_answer_to_every_role_carries_the_security_headers_and_no_store()
    {
        var problems = new List<string>();
        var routes = AuthorizationMatrixTests.Matrix.Select(row => ((string)row[0], Resolve((string)row[2])))
            .Concat(Extra.Select(address => ("GET", address)))
            .ToList();
        foreach (var who in Enum.GetValues<Who>())
        {
            var client = app.Clients[who];
            foreach (var (method, address) in routes)
            {
                using var response = method == "GET"
                    ? await client.GetAsync(address)
                    : await client.PostAsync(address, new FormUrlEncodedContent([new(Forms.TokenField, await client.GetTokenAsync("/account/sign-in"))]));
                problems.AddRange((await SecurityHeaders.ProblemsAsync(response))
                    .Select(p => $"{method} {address} as {who} ({SecurityHeaders.Describe(response)}): {p}"));
            }

            using var stylesheet = await client.GetAsync("/css/site.css");
            Assert.Equal(System.Net.HttpStatusCode.OK, stylesheet.StatusCode);
            problems.AddRange((await SecurityHeaders.ProblemsAsync(stylesheet, staticFile: true)).Select(p => $"/css/site.css as {who}: {p}"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Distinct().Take(40)));
    }

    [Fact]
    public async Task No_get_handler_changes_anything_except_recording_an_export()
    {
        var changes = new List<string>();
        var gets = AuthorizationMatrixTests.Matrix.Where(row => (string)row[0] == "GET").Select(row => Resolve((string)row[2])).ToList();
        foreach (var who in Enum.GetValues<Who>())
        {
            foreach (var address in gets)
            {
                var before = await LastAuditIdAsync();
                using var response = await app.Clients[who].GetAsync(address);
                await using var db = app.Factory.CreateDbContext();
                changes.AddRange(await db.AuditEvents.Where(e => e.Id > before && e.Entity != "Export")
                    .Select(e => $"GET {address} as {who}: {e.Action} {e.Entity} {e.EntityKey}").ToListAsync());
            }
        }

        Assert.True(changes.Count == 0, string.Join(Environment.NewLine, changes));
    }

    [Fact]
    public async Task Opening_the_sign_out_address_does_not_sign_out()
    {
        using var client = await app.SignInWithoutRedirectsAsync(await app.Factory.CreateAsync(ActionPlanTracker.Domain.Roles.Auditor));

        using var signOut = await client.GetAsync("/account/sign-out");
        using var account = await client.GetAsync("/account");

        Assert.Equal("/plans", signOut.Headers.Location?.OriginalString);
        Assert.Equal(System.Net.HttpStatusCode.OK, account.StatusCode);
    }

    private async Task<long> LastAuditIdAsync()
    {
        await using var db = app.Factory.CreateDbContext();
        return await db.AuditEvents.MaxAsync(e => (long?)e.Id) ?? 0;
    }

    private string Resolve(string address) =>
        app.Values.Aggregate(address, (text, value) => text.Replace("{" + value.Key + "}", value.Value, StringComparison.Ordinal));
}
