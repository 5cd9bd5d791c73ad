namespace ActionPlanTracker.Data.Notifications;

/// <summary>What a notification is about. Deadline notices are mandatory; the others each user may turn off for e-mail.</summary>
public enum NotificationKind
{
    DeadlineReminder = 0,
    LateList = 1,
    ReportReturned = 2,
    ReportApproved = 3,
    SubmissionDigest = 4,
}

public static class NotificationKinds
{
    /// <summary>The kinds a user may stop receiving by e-mail; deadline notices always go out.</summary>
    public static IReadOnlyList<NotificationKind> Optional { get; } =
        [NotificationKind.ReportReturned, NotificationKind.ReportApproved, NotificationKind.SubmissionDigest];

    public static bool IsMandatory(this NotificationKind kind) => !Optional.Contains(kind);
}
