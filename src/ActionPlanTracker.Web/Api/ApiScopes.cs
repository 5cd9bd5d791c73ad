namespace ActionPlanTracker.Web.Api;

/// <summary>What a token may read. A token holds one or more; each API operation needs one.</summary>
public static class ApiScopes
{
    public const string ClaimType = "scope";

    /// <summary>The plan, its members and its cycles.</summary>
    public const string ReadPlan = "read:plan";

    /// <summary>Progress reports.</summary>
    public const string ReadReports = "read:reports";

    /// <summary>The token a request came with, for the rate limiter.</summary>
    public const string TokenIdClaimType = "apt:token_id";

    public static IReadOnlyList<string> All { get; } = [ReadPlan, ReadReports];

    /// <summary>The authorization policy that demands the scope, and only a token (never the sign-in cookie).</summary>
    public static string Policy(string scope) => "api:" + scope;
}
