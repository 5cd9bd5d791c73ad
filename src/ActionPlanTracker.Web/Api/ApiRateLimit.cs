using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using ActionPlanTracker.Data.Limits;
using ActionPlanTracker.Web.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ActionPlanTracker.Web.Api;

/// <summary>How many requests one token may make in a window (configuration section <c>Api:RateLimit</c>).</summary>
public sealed class ApiRateLimitOptions
{
    public const string Section = "Api:RateLimit";

    public int PermitLimit { get; set; } = 120;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// A fixed window per token. A policy of its own, with its own refusal (429 and problem details), so it sits beside
/// any other limiter the application registers without changing theirs.
/// </summary>
public sealed class ApiRateLimitPolicy(IOptionsMonitor<ApiRateLimitOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "api-token";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, _) =>
    {
        var http = context.HttpContext;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await ApiProblems.Write(http, StatusCodes.Status429TooManyRequests, "This token has made too many requests: wait, then try again.");
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        // Authorization has run: only requests with a valid token get here, each counted against its own token.
        var token = httpContext.User.FindFirstValue(ApiScopes.TokenIdClaimType) ?? "";
        // Counted in the database, so replicas share the count.
        var current = options.CurrentValue;
        return RateLimitPartition.Get("api-token:" + token, key => new SharedWindowLimiter(
            httpContext.RequestServices.GetRequiredService<SharedLimits>(), httpContext.RequestServices.GetRequiredService<TimeProvider>(),
            key, current.PermitLimit, current.Window));
    }
}
