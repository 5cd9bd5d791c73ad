namespace ActionPlanTracker.Web.Pages.Dashboard;

/// <summary>The texts of the dashboard pages (dashboard, readiness, changes, comparison) and of their partials.</summary>
public sealed class DashboardResources;
