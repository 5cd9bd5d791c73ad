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
