namespace ActionPlanTracker.Web.Pages.Plan;

/// <summary>The texts of the public plan page (the plan's own words come from the database, in French where entered).</summary>
public sealed class PlanResources;
