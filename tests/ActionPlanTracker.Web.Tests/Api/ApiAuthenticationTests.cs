using System.Net;
using System.Net.Http.Headers;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Api;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ActionPlanTracker.Web.Tests.Api;

public sealed class ApiAuthenticationTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task A_request_without_a_token_gets_401_as_problem_details_with_a_bearer_challenge()
    {
        using var client = Factory.ApiClient(null);

        using var response = await client.GetAsync("/api/v1/plan");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(401, (await response.JsonAsync()).GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("apt_")]
    [InlineData("not-a-token")]
    [InlineData("apt_0123456789ab_wrongsecret")]
    public async Task A_malformed_or_unknown_token_gets_401(string token)
    {
        using var client = Factory.ApiClient(token);

        using var response = await client.GetAsync("/api/v1/plan");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_with_the_right_prefix_and_a_wrong_secret_gets_401()
    {
        var user = await Factory.CreateAsync(Roles.Auditor);
        var token = await Factory.CreateTokenAsync(user);
        using var client = Factory.ApiClient(token[..^4] + "AAAA");

        using var response = await client.GetAsync("/api/v1/plan");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_valid_token_reads_the_plan()
    {
        var user = await Factory.CreateAsync(Roles.Auditor);
        using var client = Factory.ApiClient(await Factory.CreateTokenAsync(user));

        using var response = await client.GetAsync("/api/v1/plan");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, (await response.JsonAsync()).GetProperty("pillars").GetArrayLength());
    }

    [Fact]
    public async Task A_revoked_token_is_refused()
    {
        var user = await Factory.CreateAsync(Roles.Auditor);
        using var client = Factory.ApiClient(await Factory.CreateTokenAsync(user, revokedAt: DateTimeOffset.UtcNow.AddMinutes(-1)));

        using var response = await client.GetAsync("/api/v1/plan");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var user = await Factory.CreateAsync(Roles.Auditor);
        using var client = Factory.ApiClient(await Factory.CreateTokenAsync(user, expiresAt: DateTimeOffset.UtcNow.AddSeconds(-1)));

        using var response = await client.GetAsync("/api/v1/plan");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_disabled_users_token_is_refused()
    {
        var user = await Factory.CreateAsync(Roles.Secretariat);
        using var client = Factory.ApiClient(await Factory.CreateTokenAsync(user));
        using (var before = await client.GetAsync("/api/v1/plan"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await ChangeUserAsync(user, u => u.IsDisabled = true);
        using var response = await client.GetAsync("/api/v1/plan");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_locked_out_users_token_is_refused()
    {
        var user = await Factory.CreateAsync(Roles.Secretariat);
        using var client = Factory.ApiClient(await Factory.CreateTokenAsync(user));

        await ChangeUserAsync(user, u => u.LockoutEnd = DateTimeOffset.UtcNow.AddMinutes(10));
        using var response = await client.GetAsync("/api/v1/plan");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_reads_with_its_users_current_roles_not_those_it_was_made_with()
    {
        await Factory.ReportsInEveryStateAsync("2031-H1");
        var user = await Factory.CreateAsync(Roles.FocalPoint, "FR");
        using var client = Factory.ApiClient(await Factory.CreateTokenAsync(user));
        using (var before = await client.GetAsync("/api/v1/reports?cycle=2031-H1&member=FR"))
        {
            Assert.Equal(4, (await before.JsonAsync()).GetProperty("totalCount").GetInt32());
        }

        // No longer France's focal point: the drafts are gone from what the token sees.
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var account = (await users.FindByEmailAsync(user.Email))!;
            await users.RemoveFromRoleAsync(account, Roles.FocalPoint);
            await users.AddToRoleAsync(account, Roles.Auditor);
        }

        using var response = await client.GetAsync("/api/v1/reports?cycle=2031-H1&member=FR");

        Assert.Equal(1, (await response.JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_token_without_the_scope_gets_403_naming_the_scope()
    {
        var user = await Factory.CreateAsync(Roles.Auditor);
        using var client = Factory.ApiClient(await Factory.CreateTokenAsync(user, [ApiScopes.ReadPlan]));

        using var plan = await client.GetAsync("/api/v1/plan");
        using var reports = await client.GetAsync("/api/v1/reports");

        Assert.Equal(HttpStatusCode.OK, plan.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reports.StatusCode);
        Assert.Equal("application/problem+json", reports.Content.Headers.ContentType?.MediaType);
        Assert.Contains(ApiScopes.ReadReports, (await reports.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_cookie_does_not_open_the_api()
    {
        using var browser = await Factory.SignInAsAsync(Roles.Secretariat);

        using var response = await browser.GetAsync("/api/v1/plan");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Use_is_recorded_at_most_once_a_minute()
    {
        var user = await Factory.CreateAsync(Roles.Auditor);
        var token = await Factory.CreateTokenAsync(user);
        using var client = Factory.ApiClient(token);
        var prefix = token.Substring(4, 12);

        using (await client.GetAsync("/api/v1/members"))
        {
        }

        var first = await LastUsedAsync(prefix);
        using (await client.GetAsync("/api/v1/members"))
        {
        }

        Assert.NotNull(first);
        Assert.True(first > DateTimeOffset.UtcNow.AddMinutes(-1));
        Assert.Equal(first, await LastUsedAsync(prefix));
    }

    [Fact]
    public async Task An_unknown_api_address_answers_404_in_problem_details()
    {
        var user = await Factory.CreateAsync(Roles.Auditor);
        using var client = Factory.ApiClient(await Factory.CreateTokenAsync(user));

        using var response = await client.GetAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Too_many_requests_with_one_token_get_429_with_retry_after()
    {
        await using var limited = Factory.WithWebHostBuilder(b => b
            .UseSetting("Api:RateLimit:PermitLimit", "3")
            .UseSetting("Api:RateLimit:Window", "00:10:00"));
        var user = await Factory.CreateAsync(Roles.Auditor);
        var token = await Factory.CreateTokenAsync(user);
        using var client = limited.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var other = await Factory.CreateTokenAsync(await Factory.CreateAsync(Roles.Auditor));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.GetAsync("/api/v1/members");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        using var otherClient = limited.CreateClient();
        otherClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", other);
        using var otherResponse = await otherClient.GetAsync("/api/v1/members");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, otherResponse.StatusCode);
    }

    private async Task<DateTimeOffset?> LastUsedAsync(string prefix)
    {
        await using var db = Factory.CreateDbContext();
        return await db.PersonalAccessTokens.Where(t => t.Prefix == prefix).Select(t => t.LastUsedAt).SingleAsync();
    }

    private async Task ChangeUserAsync(TestUser user, Action<ApplicationUser> change)
    {
        await using var db = Factory.CreateDbContext();
        var account = await db.Users.SingleAsync(u => u.Email == user.Email);
        change(account);
        await db.SaveChangesAsync();
    }
}
