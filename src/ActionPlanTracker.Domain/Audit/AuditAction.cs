namespace ActionPlanTracker.Domain;

/// <summary>
/// What happened, as the audit trail names it: the one list the domain's methods record, the trail's texts in both
/// languages ("Action.Saved" in the audit resources) and the tests name actions from. Stored by name.
/// </summary>
public enum AuditAction
{
    /// <summary>Reference data (plan texts, members, indicators, accounts…) added, by the generic field record.</summary>
    Created,

    /// <summary>Reference data changed, by the generic field record.</summary>
    Updated,

    /// <summary>Reference data deleted, by the generic field record.</summary>
    Deleted,

    /// <summary>A focal point saved a report (<see cref="ProgressReport.SaveDraft"/>).</summary>
    Saved,

    /// <summary>A report was started from the previous cycle's (<see cref="ProgressReport.CarryForward"/>).</summary>
    CarriedForward,

    /// <summary>A report went to the secretariat (<see cref="ProgressReport.Submit"/>).</summary>
    Submitted,

    /// <summary>The secretariat returned a report with a comment (<see cref="ProgressReport.Return"/>).</summary>
    Returned,

    /// <summary>The secretariat approved a report (<see cref="ProgressReport.Approve"/>).</summary>
    Approved,

    /// <summary>The secretariat reminded a member's focal points of the reports still owed, from the readiness page.</summary>
    Reminded,

    /// <summary>A cycle opened for reports (<see cref="ReportingCycle.Open"/>).</summary>
    Opened,

    /// <summary>A cycle went under review (<see cref="ReportingCycle.StartReview"/>).</summary>
    ReviewStarted,

    /// <summary>A cycle was published (<see cref="ReportingCycle.Publish"/>).</summary>
    Published,

    /// <summary>A cycle's dates changed (<see cref="ReportingCycle.Reschedule"/>).</summary>
    Rescheduled,

    /// <summary>A file was attached to a report (<see cref="Attachment"/>'s constructor).</summary>
    Uploaded,

    /// <summary>An attachment was removed from its report (<see cref="Attachment.Remove"/>).</summary>
    Removed,

    /// <summary>An upload was refused because the scanner found malware.</summary>
    MalwareRefused,

    /// <summary>An API token was revoked.</summary>
    Revoked,

    /// <summary>An account's password was set or changed.</summary>
    PasswordChanged,

    /// <summary>An administrator disabled an account.</summary>
    Disabled,

    /// <summary>An administrator enabled an account again.</summary>
    Enabled,

    /// <summary>An account turned two-factor sign-in on.</summary>
    TwoFactorEnabled,

    /// <summary>An account turned two-factor sign-in off.</summary>
    TwoFactorDisabled,

    /// <summary>An account was locked after failed sign-ins.</summary>
    LockedOut,

    /// <summary>An account was given a role.</summary>
    RoleGranted,

    /// <summary>An account lost a role.</summary>
    RoleRemoved,

    /// <summary>Somebody downloaded a summary or an audit export.</summary>
    Exported,
}

/// <summary>
/// An entity whose methods say what happened to it. The audit interceptor writes the action the entity recorded, in
/// the same transaction as the change, instead of guessing it from the changed fields.
/// </summary>
public interface IRecordsAuditAction
{
    /// <summary>What the last method called in this unit of work did; null when nothing was recorded.</summary>
    AuditAction? RecordedAction { get; }

    /// <summary>Forgets the recorded action once it is written, so a later unit of work starts afresh.</summary>
    void ClearRecordedAction();
}
