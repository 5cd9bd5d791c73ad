using ActionPlanTracker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ActionPlanTracker.Web.Notifications;

/// <summary>
/// Sends the outbox's due messages. A sender first claims its batch in one statement (<c>FOR UPDATE SKIP LOCKED</c>,
/// which pushes the rows' next attempt past a lease), so two replicas never take the same row; it sends outside any
/// transaction, then records each outcome: the time it was sent, or the error and the next attempt after a back-off.
/// </summary>
/// <remarks>
/// These statements run on their own, outside a transaction opened by EF, so they do not take the audit chain's lock:
/// they touch only outbox rows, write no audit event, and never wait for a lock a writer of the chain holds.
/// </remarks>
public sealed class OutboxSender(IServiceScopeFactory scopes, SmtpMailer mailer, TimeProvider clock, IOptions<NotificationOptions> options)
{
    /// <summary>How long a claim holds a message; a sender that died mid-batch leaves it to another after this.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    public static readonly TimeSpan LongestBackOff = TimeSpan.FromHours(6);

    /// <summary>1, 2, 4, 8… minutes after the first, second, third, fourth… failed attempt, at most six hours.</summary>
    public static TimeSpan BackOff(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(Math.Pow(2, Math.Max(0, attempts - 1)), LongestBackOff.TotalMinutes));

    /// <summary>Sends what is due now; returns how many messages went out.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        if (!mailer.IsConfigured)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlanDbContext>();
        var now = clock.GetUtcNow();
        var batch = await db.NotificationOutbox.FromSqlInterpolated(
            $"""
            UPDATE notification_outbox SET attempts = attempts + 1, next_attempt_at = {now + Lease}
            WHERE id IN (
                SELECT id FROM notification_outbox
                WHERE sent_at IS NULL AND next_attempt_at <= {now}
                ORDER BY next_attempt_at, id
                LIMIT {options.Value.BatchSize}
                FOR UPDATE SKIP LOCKED)
            RETURNING *
            """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        var results = await mailer.SendAsync(batch, cancellationToken);
        var done = clock.GetUtcNow();
        var sent = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            var id = batch[i].Id;
            if (results[i] is { } error)
            {
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"UPDATE notification_outbox SET last_error = {error}, next_attempt_at = {done + BackOff(batch[i].Attempts)} WHERE id = {id}",
                    cancellationToken);
            }
            else
            {
                sent += await db.Database.ExecuteSqlInterpolatedAsync(
                    $"UPDATE notification_outbox SET sent_at = {done}, last_error = NULL WHERE id = {id}", cancellationToken);
            }
        }

        return sent;
    }
}
