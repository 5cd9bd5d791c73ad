namespace ActionPlanTracker.Domain;

/// <summary>Planned → Open → UnderReview → Published. A published cycle is frozen.</summary>
public enum CycleState
{
    Planned = 0,
    Open = 1,
    UnderReview = 2,
    Published = 3,
}

public static class CycleStates
{
    /// <summary>The state's name in the current language.</summary>
    public static string Label(this CycleState state) => DomainText.Get($"CycleState.{state}");
}
