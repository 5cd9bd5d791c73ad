using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Notifications;

/// <summary>
/// Writes notices into the in-application list and, unless the user turned that kind off, the e-mail outbox. Both
/// inserts skip a key that is already there, so whoever produces a notice again (a restart, a second replica, a
/// retried tick) changes nothing. The caller's transaction holds them with the change they follow from.
/// </summary>
public static class Outbox
{
    public static async Task<int> AddAsync(ActionPlanDbContext db, NotificationLinks links, IReadOnlyCollection<Notice> notices, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (notices.Count == 0)
        {
            return 0;
        }

        var users = notices.Select(n => n.To.UserId).Distinct().ToList();
        var optedOut = (await db.NotificationOptOuts.AsNoTracking().Where(o => users.Contains(o.UserId)).ToListAsync(cancellationToken))
            .Select(o => (o.UserId, o.Kind)).ToHashSet();
        var queued = 0;
        foreach (var notice in notices)
        {
            var kind = notice.Kind.ToString();
            var content = notice.Content;
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO notifications (user_id, kind, dedup_key, text, link, created_at)
                VALUES ({notice.To.UserId}, {kind}, {notice.DedupKey}, {content.InApp}, {content.Link}, {now})
                ON CONFLICT (dedup_key) DO NOTHING
                """,
                cancellationToken);
            if (notice.To.Email is not { Length: > 0 } email || (!notice.Kind.IsMandatory() && optedOut.Contains((notice.To.UserId, notice.Kind))))
            {
                continue;
            }

            queued += await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO notification_outbox (user_id, recipient, kind, dedup_key, subject, text_body, html_body, created_at, next_attempt_at, attempts)
                VALUES ({notice.To.UserId}, {email}, {kind}, {notice.DedupKey}, {content.Subject}, {content.Text(links)}, {content.Html(links)}, {now}, {now}, 0)
                ON CONFLICT (dedup_key) DO NOTHING
                """,
                cancellationToken);
        }

        return queued;
    }
}
