namespace ActionPlanTracker.Data.Notifications;

/// <summary>
/// One e-mail waiting to be sent, or sent. Rows are written with INSERT … ON CONFLICT DO NOTHING on
/// <see cref="DedupKey"/>, so producing the same message twice (a restart, a second replica) leaves one row.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage() { }

    public long Id { get; private set; }

    public string UserId { get; private set; } = "";

    /// <summary>The address as it was when the message was produced.</summary>
    public string Recipient { get; private set; } = "";

    public NotificationKind Kind { get; private set; }

    /// <summary>What makes the message unique, such as <c>reminder:2026-H2:14d:{user id}</c>.</summary>
    public string DedupKey { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string TextBody { get; private set; } = "";

    public string HtmlBody { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When a sender may next take the message: after a failure's back-off, or once a claim's lease runs out.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }
}
