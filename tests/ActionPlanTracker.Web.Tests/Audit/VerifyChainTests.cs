using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Cli;
using Microsoft.EntityFrameworkCore;
using static ActionPlanTracker.Web.Tests.Audit.AuditData;

namespace ActionPlanTracker.Web.Tests.Audit;

/// <summary>The chain checked on /audit/verify and by the <c>audit verify</c> verb, each on a database of its own.</summary>
public sealed class VerifyChainTests
{
    private static readonly DateTimeOffset At = new(2026, 5, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_intact_chain_is_reported_with_its_count_and_head_on_the_page_and_by_the_verb()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await AddEventsAsync(connectionString, 4, i => Event("verify@example.org", At.AddMinutes(i), after: $$"""{"n": {{i}}}"""));
        await using var factory = new AppFactory(connectionString);
        using var client = await factory.SignInAsAsync(Roles.Auditor);

        using var response = await client.GetAsync("/audit/verify");
        var result = await AppProcess.RunAsync(connectionString, "Production", null, "audit", "verify");

        // Signing in wrote events too: the head is whatever the last row holds now.
        await using var db = TestPostgres.CreateContext(connectionString);
        var last = await db.AuditEvents.OrderByDescending(e => e.Sequence).FirstAsync();
        var expected = $"{last.Sequence} events, chain intact, head {last.Hash}";
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The chain is intact", html, StringComparison.Ordinal);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_row_is_named_on_the_page_and_the_verb_exits_1()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        var ids = await AddEventsAsync(connectionString, 6, i => Event("verify@example.org", At.AddMinutes(i), after: """{"Narrative": "As written."}"""));
        await TamperAsync(connectionString, $"UPDATE audit_events SET after = '{{\"Narrative\": \"Rewritten.\"}}' WHERE id = {ids[3]}");
        await using var factory = new AppFactory(connectionString);
        using var client = await factory.SignInAsAsync(Roles.Secretariat);

        using var response = await client.GetAsync("/audit/verify");
        var result = await AppProcess.RunAsync(connectionString, "Production", null, "audit", "verify");

        var named = $"Chain broken at sequence 4 (event id {ids[3]}): its content does not match its hash";
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The chain is broken", html, StringComparison.Ordinal);
        Assert.Contains(named, html, StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("chain intact", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Focal_points_may_not_check_the_chain()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var factory = new AppFactory(connectionString);
        using var client = await factory.SignInAsAsync(Roles.FocalPoint, "IT");

        using var response = await client.GetAsync("/audit/verify");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
