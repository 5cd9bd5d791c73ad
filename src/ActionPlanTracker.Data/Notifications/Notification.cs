namespace ActionPlanTracker.Data.Notifications;

/// <summary>A notice in the application's own list; produced with the e-mail, under the same dedup key.</summary>
public sealed class Notification
{
    private Notification() { }

    public long Id { get; private set; }

    public string UserId { get; private set; } = "";

    public NotificationKind Kind { get; private set; }

    public string DedupKey { get; private set; } = "";

    public string Text { get; private set; } = "";

    /// <summary>A path inside the application, such as <c>/reports/12</c>.</summary>
    public string Link { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
