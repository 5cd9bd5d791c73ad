using System.Net.Http.Headers;
using System.Text.Json;
using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Api;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Api;

/// <summary>Tokens, token-bearing clients and reports in every state, for the API's tests.</summary>
public static class ApiData
{
    public static readonly DateTimeOffset At = new(2030, 3, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Stores a token for <paramref name="user"/> as the token page would, and returns its secret.</summary>
    public static async Task<string> CreateTokenAsync(
        this AppFactory factory, TestUser user, string[]? scopes = null, DateTimeOffset? expiresAt = null, DateTimeOffset? revokedAt = null)
    {
        var (token, prefix, hash) = TokenSecret.Create();
        await using var db = factory.CreateDbContext();
        var userId = await db.Users.Where(u => u.Email == user.Email).Select(u => u.Id).SingleAsync();
        var stored = new PersonalAccessToken
        {
            UserId = userId,
            Name = "test",
            Prefix = prefix,
            SecretHash = hash,
            Scopes = [.. scopes ?? ApiScopes.All],
            CreatedAt = DateTimeOffset.UtcNow,
            ExpiresAt = expiresAt ?? DateTimeOffset.UtcNow.AddDays(30),
        };
        if (revokedAt is { } at)
        {
            stored.Revoke(at);
        }

        db.PersonalAccessTokens.Add(stored);
        await db.SaveChangesAsync();
        return token;
    }

    /// <summary>
    /// A client of the API that sends <paramref name="token"/> and no cookie, and checks every answer against the
    /// OpenAPI document the application serves (<see cref="DocumentCheckingHandler"/>).
    /// </summary>
    public static HttpClient ApiClient(this AppFactory factory, string? token)
    {
        var client = factory.CreateDefaultClient(
            new Uri("https://localhost"),
            new DocumentCheckingHandler(async () =>
            {
                using var plain = factory.CreateNonRedirectingClient();
                return await plain.GetStringAsync(Web.Api.ApiSetup.DocumentPath);
            }));
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public static async Task<(HttpClient Client, TestUser User)> TokenClientAsync(this AppFactory factory, string role, string? member = null, string[]? scopes = null)
    {
        var user = await factory.CreateAsync(role, member);
        return (factory.ApiClient(await factory.CreateTokenAsync(user, scopes)), user);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>
    /// Opens <paramref name="cycle"/> and gives France and Germany one report in each state on I.1…I.4:
    /// approved, submitted, returned and draft. Returns the report ids by "FR-Approved", "DE-Draft"…
    /// </summary>
    public static async Task<Dictionary<string, int>> ReportsInEveryStateAsync(this AppFactory factory, string cycle)
    {
        await factory.OpenCycleAsync(cycle);
        await using var db = factory.CreateDbContext();
        var open = await db.Cycles.SingleAsync(c => c.Code == cycle);
        var ids = new Dictionary<string, int>();
        foreach (var member in new[] { "FR", "DE" })
        {
            var states = new[] { ReviewState.Approved, ReviewState.Submitted, ReviewState.Returned, ReviewState.Draft };
            for (var i = 0; i < states.Length; i++)
            {
                var report = await ReportAsync(db, open, member, $"I.{i + 1}");
                var content = new ReportContent(Completion.Limited + (i % 3), $"{member} {states[i]} narrative.", "Next.", "", ["https://example.org/a"], null);
                report.SaveDraft(open, content, "fp@example.org", At);
                if (states[i] != ReviewState.Draft)
                {
                    report.Submit(open, "fp@example.org", At);
                }

                if (states[i] == ReviewState.Approved)
                {
                    report.Approve(open, "secretariat@example.org", At);
                }
                else if (states[i] == ReviewState.Returned)
                {
                    report.Return(open, "Add dates.", "secretariat@example.org", At);
                }

                ids[$"{member}-{states[i]}"] = report.Id;
            }
        }

        await db.SaveChangesAsync();
        return ids;
    }

    private static Task<ProgressReport> ReportAsync(ActionPlanDbContext db, ReportingCycle cycle, string member, string commitment) =>
        db.Reports.SingleAsync(r => r.CycleId == cycle.Id
            && r.MemberId == db.Members.Single(m => m.Code == member).Id
            && r.CommitmentId == db.Commitments.Single(c => c.Code == commitment).Id);
}
