using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Notifications;
using ActionPlanTracker.Web.Notifications;
using ActionPlanTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Admin.Notifications;

/// <summary>The e-mail outbox as the administrator needs it: what waits, what fails and why, what went out lately.</summary>
[Authorize(Policy = Policies.ManageUsers)]
public sealed class IndexModel(ActionPlanDbContext db, SmtpMailer mailer, TimeProvider clock) : PageModel
{
    public const int Shown = 100;

    public bool SmtpConfigured => mailer.IsConfigured;

    public int Waiting { get; private set; }

    public int Failing { get; private set; }

    public int SentToday { get; private set; }

    public IReadOnlyList<Row> Unsent { get; private set; } = [];

    public IReadOnlyList<Row> Sent { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddDays(-1);
        var unsent = db.NotificationOutbox.AsNoTracking().Where(m => m.SentAt == null);
        Waiting = await unsent.CountAsync(cancellationToken);
        Failing = await unsent.CountAsync(m => m.LastError != null, cancellationToken);
        SentToday = await db.NotificationOutbox.CountAsync(m => m.SentAt >= since, cancellationToken);
        Unsent = await Rows(unsent.OrderByDescending(m => m.Attempts).ThenBy(m => m.NextAttemptAt)).ToListAsync(cancellationToken);
        Sent = await Rows(db.NotificationOutbox.AsNoTracking().Where(m => m.SentAt != null).OrderByDescending(m => m.SentAt))
            .ToListAsync(cancellationToken);
        return Page();
    }

    private static IQueryable<Row> Rows(IQueryable<OutboxMessage> messages) => messages.Take(Shown)
        .Select(m => new Row(m.Id, m.Recipient, m.Kind, m.Subject, m.CreatedAt, m.Attempts, m.NextAttemptAt, m.LastError, m.SentAt));

    public sealed record Row(
        long Id, string Recipient, NotificationKind Kind, string Subject, DateTimeOffset CreatedAt, int Attempts,
        DateTimeOffset NextAttemptAt, string? LastError, DateTimeOffset? SentAt);
}
