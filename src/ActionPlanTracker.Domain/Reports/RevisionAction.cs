namespace ActionPlanTracker.Domain;

/// <summary>What a revision of a report records.</summary>
public enum RevisionAction
{
    Saved = 0,
    CarriedForward = 1,
    Submitted = 2,
    Returned = 3,
    Approved = 4,
}

public static class RevisionActions
{
    /// <summary>The action the audit trail records for a revision of this kind: the same name.</summary>
    public static AuditAction Audited(this RevisionAction action) => action switch
    {
        RevisionAction.Saved => AuditAction.Saved,
        RevisionAction.CarriedForward => AuditAction.CarriedForward,
        RevisionAction.Submitted => AuditAction.Submitted,
        RevisionAction.Returned => AuditAction.Returned,
        RevisionAction.Approved => AuditAction.Approved,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
