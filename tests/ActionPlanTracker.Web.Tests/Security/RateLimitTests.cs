using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ActionPlanTracker.Web.Tests.Account.AccountSteps;

namespace ActionPlanTracker.Web.Tests.Security;

/// <summary>
/// Sign-in attempts and exports past their limit get 429, a Retry-After and a page that says what to do; others are
/// not held back. Each test runs its own host with low limits (the suite's own hosts have generous ones).
/// </summary>
public sealed class RateLimitTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Sign_in_posts_past_the_limit_for_one_address_get_429_while_another_address_signs_in()
    {
        await using var host = app.Factory.WithSettings(("RateLimiting:SignInPerClient", "3"));
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        using var attacker = host.Client("198.51.100.7");
        using var other = host.Client("198.51.100.8");

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var response = await attacker.TrySignInAsync(user.Email, $"guess number {attempt}");
            statuses.Add(response.StatusCode);
        }

        using var refused = await attacker.TrySignInAsync(user.Email, user.Password);
        using var form = await attacker.GetAsync("/account/sign-in");
        using var signedIn = await other.TrySignInAsync(user.Email, user.Password);

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
        var html = await AssertTooManyAsync(refused);
        Assert.Contains("Too many sign-in attempts or downloads", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.NotEqual("/account/sign-in", PathOf(signedIn));
        Assert.Equal(0, (await app.Factory.UserAsync(user.Email)).AccessFailedCount);
    }

    [Fact]
    public async Task Sign_in_attempts_at_one_account_past_its_limit_are_refused_from_every_address_and_other_accounts_sign_in()
    {
        await using var host = app.Factory.WithSettings(("RateLimiting:SignInPerAccount", "3"));
        var target = await app.Factory.CreateAsync(Roles.Secretariat);
        var bystander = await app.Factory.CreateAsync(Roles.Secretariat);

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var client = host.Client($"203.0.113.{attempt}");
            using var wrong = await client.TrySignInAsync(target.Email, $"guess number {attempt}");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        using var fresh = host.Client("203.0.113.99");
        using var refused = await fresh.TrySignInAsync(target.Email, target.Password);
        using var signedIn = await fresh.TrySignInAsync(bystander.Email, bystander.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains(Encoded(EnglishTexts.SignInTooMany), await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual("/account/sign-in", PathOf(signedIn));
        Assert.Equal(3, (await app.Factory.UserAsync(target.Email)).AccessFailedCount);
    }

    [Fact]
    public async Task Exports_past_the_limit_for_one_user_get_429_and_are_not_recorded_while_another_user_downloads()
    {
        await using var host = app.Factory.WithSettings(("RateLimiting:ExportsPerUser", "2"));
        var heavy = await app.Factory.CreateAsync(Roles.Auditor);
        var light = await app.Factory.CreateAsync(Roles.Auditor);
        using var heavyClient = await SignInAsync(host, heavy);
        using var lightClient = await SignInAsync(host, light);
        const string export = "/audit/export.csv?what=reports";

        using var first = await heavyClient.GetAsync(export);
        using var second = await heavyClient.GetAsync("/cycles/2031-H1/summary.csv");
        using var third = await heavyClient.GetAsync(export);
        using var otherUser = await lightClient.GetAsync(export);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        await AssertTooManyAsync(third);
        Assert.Equal(HttpStatusCode.OK, otherUser.StatusCode);
        await using var db = app.Factory.CreateDbContext();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Actor == heavy.Email && e.Entity == "Export"));
    }

    private static async Task<string> AssertTooManyAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var seconds = int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 60);
        Assert.Contains("<h1>Too many requests</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"Wait {seconds} second", html, StringComparison.Ordinal);
        return html;
    }

    private static async Task<HttpClient> SignInAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, TestUser user)
    {
        var client = host.Client();
        using var response = await client.TrySignInAsync(user.Email, user.Password);
        Assert.NotEqual("/account/sign-in", PathOf(response));
        return client;
    }
}
