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
    /// <summary>The action's name in the current language.</summary>
    public static string Label(this RevisionAction action) => DomainText.Get($"RevisionAction.{action}");
}
