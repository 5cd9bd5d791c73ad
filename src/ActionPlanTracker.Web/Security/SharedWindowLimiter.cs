using System.Threading.RateLimiting;
using ActionPlanTracker.Data.Limits;

namespace ActionPlanTracker.Web.Security;

/// <summary>
/// A fixed-window limit on one key whose count lives in the database (<see cref="SharedLimits"/>), for ASP.NET Core's
/// rate limiter: every replica counts against the same number. The limiter asks without waiting first; that answer is
/// always "not yet", so each request is counted once, by the asynchronous acquisition that follows.
/// </summary>
public sealed class SharedWindowLimiter(SharedLimits limits, TimeProvider clock, string key, int permits, TimeSpan window) : RateLimiter
{
    private long _lastUsedTicks = clock.GetUtcNow().UtcTicks;

    public override TimeSpan? IdleDuration => TimeSpan.FromTicks(clock.GetUtcNow().UtcTicks - Interlocked.Read(ref _lastUsedTicks));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.NotYet;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Interlocked.Exchange(ref _lastUsedTicks, now.UtcTicks);
        var (count, windowEnd) = await limits.CountAsync(key, window, now, cancellationToken);
        return count <= permits ? Lease.Granted : new Lease(false, windowEnd - now);
    }

    /// <summary>Counts one attempt at <paramref name="key"/>: null when allowed, else how long until the window ends.</summary>
    public static async Task<TimeSpan?> CountAsync(
        SharedLimits limits, TimeProvider clock, string key, int permits, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (count, windowEnd) = await limits.CountAsync(key, window, now, cancellationToken);
        return count <= permits ? null : windowEnd - now;
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public static readonly Lease NotYet = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
