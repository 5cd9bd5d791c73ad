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

    /// <summary>
    /// Whether the submission deadline still counts down: before and while the cycle is open. Once it is under review or
    /// published, reporting is closed and nothing is "overdue".
    /// </summary>
    public static bool DeadlineRuns(this CycleState state) => state is CycleState.Planned or CycleState.Open;
}
