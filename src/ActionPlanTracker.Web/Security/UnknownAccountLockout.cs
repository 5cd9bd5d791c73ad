using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ActionPlanTracker.Web.Security;

/// <summary>
/// Failed sign-ins at names that match no account, counted like Identity counts them for real accounts, so that after
/// the same number of attempts an unknown name is "locked" too and the answers cannot be told apart.
/// </summary>
/// <remarks>Its own bounded cache: a flood of made-up names can neither grow memory without end nor evict other entries.</remarks>
public sealed class UnknownAccountLockout(IOptions<IdentityOptions> identity, TimeProvider clock) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    private sealed class Failures
    {
        public int Count { get; set; }

        public DateTimeOffset? LockedUntil { get; set; }
    }

    public bool IsLockedOut(string accountName) =>
        _cache.TryGetValue(Key(accountName), out Failures? failures) && failures!.LockedUntil > clock.GetUtcNow();

    /// <summary>Counts one failure; true when this one locks the name, as the failure that locks a real account does.</summary>
    public bool RecordFailure(string accountName)
    {
        var lockout = identity.Value.Lockout;
        var failures = _cache.GetOrCreate(Key(accountName), entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromDays(1);
            entry.Size = 1;
            return new Failures();
        })!;
        lock (failures)
        {
            if (failures.LockedUntil <= clock.GetUtcNow())
            {
                (failures.Count, failures.LockedUntil) = (0, null);
            }

            failures.Count++;
            if (failures.Count < lockout.MaxFailedAccessAttempts)
            {
                return false;
            }

            failures.LockedUntil = clock.GetUtcNow() + lockout.DefaultLockoutTimeSpan;
            return true;
        }
    }

    public void Dispose() => _cache.Dispose();

    private static string Key(string accountName) => "unknown-account:" + accountName.Trim().ToUpperInvariant();
}
