using ActionPlanTracker.Data;
using Microsoft.Extensions.Options;

namespace ActionPlanTracker.Web.Notifications;

/// <summary>
/// Runs the notification schedule and sends the outbox, once a minute. Every replica runs it: the schedule's keys
/// and the sender's claims make that safe. Tests call <see cref="TickAsync"/> themselves, at a time they set.
/// </summary>
public sealed partial class NotificationWorker(
    IServiceScopeFactory scopes, OutboxSender sender, SmtpMailer mailer, NotificationLinks links, TimeProvider clock,
    IOptions<NotificationOptions> options, ILogger<NotificationWorker> logger) : BackgroundService
{
    /// <summary>One round: produce what the calendar asks for today, then send what is due.</summary>
    public async Task<TickResult> TickAsync(CancellationToken cancellationToken = default)
    {
        var queued = await ScheduleAsync(cancellationToken);
        var sent = await sender.SendDueAsync(cancellationToken);
        return new TickResult(queued, sent);
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (!mailer.IsConfigured)
        {
            LogNoSmtp(logger);
        }

        if (links.BaseUrl == NotificationLinks.Fallback)
        {
            LogNoBaseUrl(logger, links.BaseUrl);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunInBackground)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(5, options.Value.IntervalSeconds)), clock);
        do
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Whatever went wrong (the database away, a bug in one round), the next round tries again: each step is its own
                // transaction, so nothing was half-written, and a failing round must not stop the whole application.
                LogTickFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<int> ScheduleAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlanDbContext>();
        var links = scope.ServiceProvider.GetRequiredService<NotificationLinks>();
        var writer = scope.ServiceProvider.GetRequiredService<MessageWriter>();
        var now = clock.GetUtcNow();

        // Through EF, so the audit chain's lock comes first, as in every writing transaction of the application; under
        // the retrying strategy, so a transient fault replays the round (the outbox's keys make a replay harmless).
        return await db.InTransactionAsync(
            async transaction =>
            {
                var notices = await NotificationSchedule.DueAsync(db, writer, options.Value.Reminders, now, cancellationToken);
                var queued = await Outbox.AddAsync(db, links, notices, now, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return queued;
            },
            cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No SMTP server is configured (Smtp:Host): notifications are shown in the application only, e-mails wait in the outbox")]
    private static partial void LogNoSmtp(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notifications:PublicBaseUrl is not set: links in e-mails point at {BaseUrl}")]
    private static partial void LogNoBaseUrl(ILogger logger, string baseUrl);

    [LoggerMessage(Level = LogLevel.Error, Message = "A notification round failed; the next one tries again")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}

/// <summary>What one round did: messages queued by the schedule, and messages the SMTP server accepted.</summary>
public sealed record TickResult(int Queued, int Sent);
