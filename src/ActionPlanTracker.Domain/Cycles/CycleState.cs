namespace ActionPlanTracker.Domain;

/// <summary>Planned → Open → UnderReview → Published. A published cycle is frozen.</summary>
public enum CycleState
{
    Planned = 0,
    Open = 1,
    UnderReview = 2,
    Published = 3,
}
