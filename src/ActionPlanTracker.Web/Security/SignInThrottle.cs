using System.Threading.RateLimiting;

namespace ActionPlanTracker.Web.Security;

/// <summary>
/// Sign-in attempts per account name, whichever address they come from: the per-address policy alone would let a
/// botnet spread its guesses at one account. Counted for unknown names as well, so the answer does not tell them apart.
/// </summary>
public sealed class SignInThrottle(RateLimits limits) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        name => RateLimitPartition.GetFixedWindowLimiter(name, _ => limits.Limit(limits.SignInPerAccount)));

    /// <summary>Counts one attempt at <paramref name="accountName"/>; null when allowed, else how long to wait.</summary>
    public TimeSpan? Attempt(string accountName)
    {
        using var lease = _limiter.AttemptAcquire(accountName.Trim().ToUpperInvariant());
        return lease.IsAcquired
            ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : limits.Window;
    }

    public void Dispose() => _limiter.Dispose();
}
