using ActionPlanTracker.Data.Limits;

namespace ActionPlanTracker.Web.Security;

/// <summary>
/// Sign-in attempts per account name, whichever address they come from: the per-address policy alone would let a
/// botnet spread its guesses at one account. Counted for unknown names as well, so the answer does not tell them apart;
/// counted in the database, so replicas share the count.
/// </summary>
public sealed class SignInThrottle(RateLimits limits, SharedLimits shared, TimeProvider clock)
{
    /// <summary>Counts one attempt at <paramref name="accountName"/>; null when allowed, else how long to wait.</summary>
    public Task<TimeSpan?> AttemptAsync(string accountName, CancellationToken cancellationToken) =>
        SharedWindowLimiter.CountAsync(shared, clock, "sign-in-account:" + accountName.Trim().ToUpperInvariant(), limits.SignInPerAccount, limits.Window, cancellationToken);
}
