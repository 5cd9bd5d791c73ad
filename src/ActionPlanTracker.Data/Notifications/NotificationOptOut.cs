namespace ActionPlanTracker.Data.Notifications;

/// <summary>A user who does not want e-mails of one optional kind. No row: the user receives them.</summary>
public sealed class NotificationOptOut(string userId, NotificationKind kind)
{
    public string UserId { get; private set; } = userId;

    public NotificationKind Kind { get; private set; } = kind;
}
