namespace ActionPlanTracker.Web.Pages.Reports;

/// <summary>The texts of the reports pages: my reports, the report form and its rules, the history.</summary>
public sealed class ReportsResources;
