namespace ActionPlanTracker.Web.ReportForms;

/// <summary>The texts of the report form's rules, shared by the report form and the spreadsheet import.</summary>
public sealed class ReportFormResources;
