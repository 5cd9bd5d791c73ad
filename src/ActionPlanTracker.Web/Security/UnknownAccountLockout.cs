using ActionPlanTracker.Data.Limits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ActionPlanTracker.Web.Security;

/// <summary>
/// Failed sign-ins at names that match no account, counted like Identity counts them for real accounts, so that after
/// the same number of attempts an unknown name is "locked" too and the answers cannot be told apart. The counts are in
/// the database, like real accounts' lockouts, so every replica sees them.
/// </summary>
public sealed class UnknownAccountLockout(IOptions<IdentityOptions> identity, SharedLimits shared, TimeProvider clock)
{
    public Task<bool> IsLockedOutAsync(string accountName, CancellationToken cancellationToken) =>
        shared.IsUnknownAccountLockedAsync(Key(accountName), clock.GetUtcNow(), cancellationToken);

    /// <summary>Counts one failure; true when the name is locked after it, as the failure that locks a real account does.</summary>
    public Task<bool> RecordFailureAsync(string accountName, CancellationToken cancellationToken)
    {
        var lockout = identity.Value.Lockout;
        return shared.RecordUnknownAccountFailureAsync(Key(accountName), lockout.MaxFailedAccessAttempts, lockout.DefaultLockoutTimeSpan, clock.GetUtcNow(), cancellationToken);
    }

    private static string Key(string accountName) => accountName.Trim().ToUpperInvariant();
}
