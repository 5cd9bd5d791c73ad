namespace ActionPlanTracker.Domain;

/// <summary>Draft → Submitted → Returned (with a comment) → Submitted → Approved. Approval locks the report.</summary>
public enum ReviewState
{
    Draft = 0,
    Submitted = 1,
    Returned = 2,
    Approved = 3,
}

public static class ReviewStates
{
    /// <summary>The state's name in the current language.</summary>
    public static string Label(this ReviewState state) => DomainText.Get($"ReviewState.{state}");
}
