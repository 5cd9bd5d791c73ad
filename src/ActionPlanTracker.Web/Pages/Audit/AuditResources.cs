namespace ActionPlanTracker.Web.Pages.Audit;

/// <summary>The texts of the audit pages and exports.</summary>
public sealed class AuditResources;
