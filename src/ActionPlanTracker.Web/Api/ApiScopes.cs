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

    public static string Describe(string scope) => scope switch
    {
        ReadPlan => "The plan, its members and its reporting cycles",
        ReadReports => "Progress reports: approved ones, and your own member's drafts if you are a focal point",
        _ => scope,
    };

    /// <summary>The authorization policy that demands the scope, and only a token (never the sign-in cookie).</summary>
    public static string Policy(string scope) => "api:" + scope;
}
