using System.Net;
using System.Text.RegularExpressions;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Api;

public sealed partial class TokenPagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task A_new_token_is_shown_once_stored_hashed_audited_and_opens_the_api()
    {
        var user = await Factory.CreateAsync(Roles.FocalPoint, "JP");
        using var browser = await Factory.SignInAsync(user);

        using var created = await browser.PostFormAsync("/account/tokens/new",
            ("Input.Name", "Ministry records"), ("Input.Scopes", "read:plan"), ("Input.Scopes", "read:reports"), ("Input.ExpiresInDays", "30"));
        var html = await created.Content.ReadAsStringAsync();
        var token = NewToken().Match(html).Groups[1].Value;
        using var again = await browser.GetAsync("/account/tokens");

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal("/account/tokens", created.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.StartsWith("apt_", token, StringComparison.Ordinal);
        Assert.Contains("Ministry records", html, StringComparison.Ordinal);
        var list = WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync());
        Assert.DoesNotContain(token, list, StringComparison.Ordinal);
        Assert.Contains("The API lists reports saved at least once. A commitment still at \"No report\"", list, StringComparison.Ordinal);

        await using var db = Factory.CreateDbContext();
        var stored = await db.PersonalAccessTokens.SingleAsync(t => t.Name == "Ministry records");
        Assert.Equal(token.Substring(4, 12), stored.Prefix);
        Assert.Equal(32, stored.SecretHash.Length);
        Assert.Equal(["read:plan", "read:reports"], stored.Scopes);
        Assert.InRange(stored.ExpiresAt - stored.CreatedAt, TimeSpan.FromDays(30), TimeSpan.FromDays(30.001));
        var audit = await db.AuditEvents.SingleAsync(e => e.Entity == "PersonalAccessToken" && e.Actor == user.Email && e.Action == nameof(AuditAction.Created));
        Assert.Contains("Ministry records", audit.After!, StringComparison.Ordinal);
        Assert.DoesNotContain("secretHash", audit.After!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(token[17..], audit.After!, StringComparison.Ordinal);

        using var api = Factory.ApiClient(token);
        using var response = await api.GetAsync("/api/v1/members");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("", "read:plan", "30", "Name the token")]
    [InlineData("Records", null, "30", "Choose what the token may read")]
    [InlineData("Records", "write:everything", "30", "listed permissions only")]
    [InlineData("Records", "read:plan", "3650", "a year at most")]
    [InlineData("Records", "read:plan", "", "a year at most")]
    public async Task A_bad_token_form_is_refused_with_400_and_nothing_stored(string name, string? scope, string days, string message)
    {
        var user = await Factory.CreateAsync(Roles.Auditor);
        using var browser = await Factory.SignInAsync(user);
        var fields = new List<(string, string)> { ("Input.Name", name), ("Input.ExpiresInDays", days) };
        if (scope is not null)
        {
            fields.Add(("Input.Scopes", scope));
        }

        using var response = await browser.PostFormAsync("/account/tokens/new", [.. fields]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.PersonalAccessTokens.AnyAsync(t => db.Users.Any(u => u.Id == t.UserId && u.Email == user.Email)));
    }

    [Fact]
    public async Task Revoking_a_token_closes_the_api_to_it_and_is_audited()
    {
        var user = await Factory.CreateAsync(Roles.Secretariat);
        var token = await Factory.CreateTokenAsync(user);
        using var browser = await Factory.SignInAsync(user);
        var id = await TokenIdAsync(token);

        using var response = await browser.PostFormAsync("/account/tokens", [], $"/account/tokens?handler=Revoke&id={id}");
        using var api = Factory.ApiClient(token);
        using var refused = await api.GetAsync("/api/v1/plan");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is revoked", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.NotNull((await db.PersonalAccessTokens.SingleAsync(t => t.Id == id)).RevokedAt);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Entity == "PersonalAccessToken" && e.EntityKey == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.Action == nameof(AuditAction.Revoked) && e.Actor == user.Email));
    }

    [Fact]
    public async Task Another_users_token_cannot_be_revoked_or_seen()
    {
        var owner = await Factory.CreateAsync(Roles.Auditor);
        var token = await Factory.CreateTokenAsync(owner);
        var id = await TokenIdAsync(token);
        using var other = await Factory.SignInAsAsync(Roles.Administrator);
        await using var before = Factory.CreateDbContext();
        var audit = await before.AuditEvents.CountAsync();

        using var list = await other.GetAsync("/account/tokens");
        using var response = await other.PostFormAsync("/account/tokens", [], $"/account/tokens?handler=Revoke&id={id}");

        Assert.DoesNotContain(token.Substring(4, 12), await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Null((await db.PersonalAccessTokens.SingleAsync(t => t.Id == id)).RevokedAt);
        Assert.Equal(audit, await db.AuditEvents.CountAsync());
    }

    [Fact]
    public async Task The_list_shows_each_tokens_state_and_last_use()
    {
        var user = await Factory.CreateAsync(Roles.FocalPoint, "CA");
        var active = await Factory.CreateTokenAsync(user);
        await Factory.CreateTokenAsync(user, expiresAt: DateTimeOffset.UtcNow.AddDays(-1));
        await Factory.CreateTokenAsync(user, revokedAt: DateTimeOffset.UtcNow.AddDays(-1));
        using (var api = Factory.ApiClient(active))
        {
            using var used = await api.GetAsync("/api/v1/plan");
        }

        using var browser = await Factory.SignInAsync(user);
        var html = await browser.GetStringAsync("/account/tokens");

        Assert.Contains(">Active<", html, StringComparison.Ordinal);
        Assert.Contains(">Expired<", html, StringComparison.Ordinal);
        Assert.Contains(">Revoked<", html, StringComparison.Ordinal);
        Assert.Single(RevokeButton().Matches(html));
        Assert.Contains(">never<", html, StringComparison.Ordinal);
        Assert.Contains($"apt_{active.Substring(4, 12)}", html, StringComparison.Ordinal);
    }

    private async Task<int> TokenIdAsync(string token)
    {
        await using var db = Factory.CreateDbContext();
        var prefix = token.Substring(4, 12);
        return await db.PersonalAccessTokens.Where(t => t.Prefix == prefix).Select(t => t.Id).SingleAsync();
    }

    [GeneratedRegex("<code class=\"token\" id=\"new-token\">([^<]+)</code>")]
    private static partial Regex NewToken();

    [GeneratedRegex("aria-label=\"Revoke ")]
    private static partial Regex RevokeButton();
}
