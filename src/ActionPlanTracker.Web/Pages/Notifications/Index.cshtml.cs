using System.Security.Claims;
using ActionPlanTracker.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Notifications;

/// <summary>The signed-in user's notifications, newest first; each can be marked as read, or all at once.</summary>
[Authorize]
public sealed class IndexModel(ActionPlanDbContext db, TimeProvider clock, IStringLocalizer<NotificationsResources> text) : PageModel
{
    public const int Shown = 200;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Unread { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == UserId);
        Unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        Rows = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(Shown)
            .Select(n => new Row(n.Id, n.Text, n.Link, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>Another user's notification answers 404, as one that does not exist.</summary>
    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == UserId, cancellationToken);
        if (notification is null)
        {
            return NotFound();
        }

        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = text["Index.MarkedRead"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var marked = await db.Notifications.Where(n => n.UserId == UserId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        TempData["Notice"] = (marked == 1 ? text["Index.MarkedAllOne"] : text["Index.MarkedAllMany", marked]).Value;
        return RedirectToPage();
    }

    /// <summary>A post naming no known action: there is nothing at that address.</summary>
    public IActionResult OnPost() => NotFound();

    public sealed record Row(long Id, string Text, string Link, DateTimeOffset CreatedAt, bool IsRead);
}
