using System.Security.Claims;
using ActionPlanTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Notifications;

/// <summary>The number in the navigation: the signed-in user's unread notifications, one indexed count per page.</summary>
public sealed class UnreadNotifications(ActionPlanDbContext db)
{
    public async Task<int> CountAsync(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return id is null ? 0 : await db.Notifications.CountAsync(n => n.UserId == id && n.ReadAt == null);
    }
}
