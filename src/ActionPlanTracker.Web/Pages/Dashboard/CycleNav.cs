namespace ActionPlanTracker.Web.Pages.Dashboard;

/// <summary>The views of one cycle, as the <c>_CycleNav</c> partial links them; readiness is for those who read every report.</summary>
public sealed record CycleNav(string Code, string Current, bool ShowsReadiness);
