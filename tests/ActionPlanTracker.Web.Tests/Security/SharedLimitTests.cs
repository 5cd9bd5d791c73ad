using System.Net;
using System.Net.Http.Headers;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Api;
using ActionPlanTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using static ActionPlanTracker.Web.Tests.Account.AccountSteps;

namespace ActionPlanTracker.Web.Tests.Security;

/// <summary>
/// Two replicas behind one proxy give an attacker no more attempts than one: the sign-in limits per address and per
/// account, the unknown-name lockout and the API token limit count in the database, so attempts spread over the
/// replicas meet the same limit at the same attempt.
/// </summary>
public sealed class SharedLimitTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Sign_in_attempts_from_one_address_spread_over_two_replicas_meet_one_limit()
    {
        var settings = ("RateLimiting:SignInPerClient", "3");
        await using var first = app.Factory.WithSettings(settings);
        await using var second = app.Factory.WithSettings(settings);
        var user = await app.Factory.CreateAsync(Roles.Auditor);

        var statuses = await AlternatingAsync(first, second, 4, (client, attempt) => client.TrySignInAsync(user.Email, $"guess number {attempt}"), _ => "198.51.100.30");

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Sign_in_attempts_at_one_account_from_many_addresses_over_two_replicas_meet_one_limit()
    {
        var settings = ("RateLimiting:SignInPerAccount", "3");
        await using var first = app.Factory.WithSettings(settings);
        await using var second = app.Factory.WithSettings(settings);
        var user = await app.Factory.CreateAsync(Roles.Auditor);

        var statuses = await AlternatingAsync(first, second, 4, (client, attempt) => client.TrySignInAsync(user.Email, $"guess number {attempt}"), attempt => $"203.0.113.{40 + attempt}");

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_name_no_account_has_is_locked_after_five_failures_spread_over_two_replicas_as_an_account_would_be()
    {
        await using var first = app.Factory.WithSettings();
        await using var second = app.Factory.WithSettings();
        var name = $"nobody-{Guid.NewGuid():N}@example.org";

        var answers = new List<string>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            using var client = (attempt % 2 == 0 ? first : second).Client($"192.0.2.{attempt + 1}");
            using var response = await client.TrySignInAsync(name, $"guess number {attempt}");
            var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            answers.Add(html.Contains(EnglishTexts.SignInLockedOut, StringComparison.Ordinal) ? "locked" : html.Contains(EnglishTexts.SignInFailed, StringComparison.Ordinal) ? "failed" : "?");
        }

        Assert.Equal(["failed", "failed", "failed", "failed", "locked", "locked"], answers);
    }

    [Fact]
    public async Task Requests_with_one_API_token_spread_over_two_replicas_meet_one_limit()
    {
        await using var first = app.Factory.WithWebHostBuilder(b => b.UseSetting("Api:RateLimit:PermitLimit", "3").UseSetting("Api:RateLimit:Window", "00:10:00"));
        await using var second = app.Factory.WithWebHostBuilder(b => b.UseSetting("Api:RateLimit:PermitLimit", "3").UseSetting("Api:RateLimit:Window", "00:10:00"));
        var token = await app.Factory.CreateTokenAsync(await app.Factory.CreateAsync(Roles.Auditor));

        var statuses = await AlternatingAsync(first, second, 4, (client, _) =>
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return client.GetAsync("/api/v1/members");
        }, _ => null);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    /// <summary>Sends <paramref name="attempts"/> requests, the first replica taking the odd ones and the second the even ones.</summary>
    private static async Task<List<HttpStatusCode>> AlternatingAsync(
        WebApplicationFactory<Program> first, WebApplicationFactory<Program> second, int attempts,
        Func<HttpClient, int, Task<HttpResponseMessage>> send, Func<int, string?> address)
    {
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            using var client = (attempt % 2 == 0 ? first : second).Client(address(attempt));
            using var response = await send(client, attempt);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
