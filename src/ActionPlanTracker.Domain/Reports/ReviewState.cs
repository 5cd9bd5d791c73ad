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
    public static string Label(this ReviewState state) => state switch
    {
        ReviewState.Draft => "Draft",
        ReviewState.Submitted => "Submitted",
        ReviewState.Returned => "Returned",
        ReviewState.Approved => "Approved",
        _ => state.ToString(),
    };
}
