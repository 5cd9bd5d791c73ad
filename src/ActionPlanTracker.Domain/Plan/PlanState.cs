namespace ActionPlanTracker.Domain;

/// <summary>A plan version is drafted by administrators, then adopted; only an adopted version is monitored.</summary>
public enum PlanState
{
    Draft,
    Adopted,
}
