namespace ActionPlanTracker.Web.Pages.Cycles;

/// <summary>The texts of the cycles pages.</summary>
public sealed class CyclesResources;
