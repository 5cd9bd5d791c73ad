using System.Globalization;
using System.Threading.RateLimiting;

namespace ActionPlanTracker.Web.Security;

/// <summary>
/// How many sign-in attempts and exports one client may make in a window, from the <c>RateLimiting</c> section. The
/// counts are kept in the database (<see cref="SharedWindowLimiter"/>): replicas behind one proxy share them.
/// </summary>
public sealed class RateLimits
{
    public const string Section = "RateLimiting";

    /// <summary>The policy on the sign-in form: POSTs per client IP address.</summary>
    public const string SignInPolicy = "sign-in";

    /// <summary>The policy on the summary downloads and the audit exports: requests per signed-in user.</summary>
    public const string ExportsPolicy = "exports";

    public int SignInPerClient { get; set; } = 10;

    public int SignInPerAccount { get; set; } = 10;

    public int ExportsPerUser { get; set; } = 20;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Answers 429 with Retry-After; the status code pages then show /Status/429 in words.</summary>
    public static void Reject(HttpResponse response, TimeSpan? retryAfter)
    {
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        var seconds = (int)Math.Ceiling((retryAfter ?? TimeSpan.FromMinutes(1)).TotalSeconds);
        response.Headers.RetryAfter = Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture);
    }
}

internal static class RateLimitingSetup
{
    public static void AddActionPlanTrackerRateLimiting(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(RateLimits.Section).Get<RateLimits>() ?? new RateLimits();
        builder.Services.AddSingleton(limits);
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddRateLimiter(options =>
        {
            RateLimitPartition<string> Shared(HttpContext context, string key, int permits) => RateLimitPartition.Get(key, k => new SharedWindowLimiter(
                context.RequestServices.GetRequiredService<Data.Limits.SharedLimits>(), context.RequestServices.GetRequiredService<TimeProvider>(), k, permits, limits.Window));

            options.OnRejected = (context, _) =>
            {
                RateLimits.Reject(context.HttpContext.Response,
                    context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : null);
                return ValueTask.CompletedTask;
            };

            // Only the POST is an attempt: showing the form costs nothing.
            options.AddPolicy(RateLimits.SignInPolicy, context => HttpMethods.IsPost(context.Request.Method)
                ? Shared(context, "sign-in-client:" + ClientAddress(context), limits.SignInPerClient)
                : RateLimitPartition.GetNoLimiter(""));
            options.AddPolicy(RateLimits.ExportsPolicy, context =>
                Shared(context, "exports:" + (context.User.Identity?.Name ?? ClientAddress(context)), limits.ExportsPerUser));
        });
    }

    /// <summary>The client's address, as the forwarded headers middleware left it (the proxy's client when trusted).</summary>
    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
