namespace ActionPlanTracker.Web.Pages.Admin.Plan;

/// <summary>The texts of the pages where administrators enter the French text of the plan.</summary>
public sealed class AdminPlanResources;
