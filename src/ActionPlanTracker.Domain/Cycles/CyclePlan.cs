namespace ActionPlanTracker.Domain;

/// <summary>A plan a cycle monitors, chosen when the cycle is created.</summary>
public sealed class CyclePlan
{
    private CyclePlan() { }

    internal CyclePlan(ReportingCycle cycle, ActionPlan plan)
    {
        Cycle = cycle;
        Plan = plan;
        PlanId = plan.Id;
    }

    public int CycleId { get; private set; }

    public ReportingCycle? Cycle { get; private set; }

    public int PlanId { get; private set; }

    public ActionPlan? Plan { get; private set; }
}
