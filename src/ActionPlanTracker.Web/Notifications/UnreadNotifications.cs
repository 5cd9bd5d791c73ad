using System.Security.Claims;
using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ActionPlanTracker.Web.Notifications;

/// <summary>
/// The number in the navigation: the signed-in user's unread notifications. Counted once per user and data version
/// stamp (notifications move the stamp), so most pages only compare the stamp they read anyway.
/// </summary>
public sealed class UnreadNotifications(IServiceProvider services, DataStamp stamp, IMemoryCache cache)
{
    private static readonly MemoryCacheEntryOptions Kept = new() { SlidingExpiration = TimeSpan.FromMinutes(30) };

    public async Task<int> CountAsync(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null)
        {
            return 0;
        }

        // The stamp before the count: a count is never older than the stamp it is kept under.
        var current = await stamp.CurrentAsync(CancellationToken.None);
        var key = new Key(id);
        if (cache.TryGetValue(key, out Counted? counted) && counted!.Stamp == current)
        {
            return counted.Unread;
        }

        // The context only when counting: most pages find the count kept and need none.
        var db = services.GetRequiredService<ActionPlanDbContext>();
        var unread = await db.Notifications.CountAsync(n => n.UserId == id && n.ReadAt == null);
        cache.Set(key, new Counted(current, unread), Kept);
        return unread;
    }

    private sealed record Key(string UserId);

    private sealed record Counted(Guid Stamp, int Unread);
}
