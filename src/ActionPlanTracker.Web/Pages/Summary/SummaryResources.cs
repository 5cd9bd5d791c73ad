namespace ActionPlanTracker.Web.Pages.Summary;

/// <summary>The texts of the summary page and of the documents written from it (DOCX, PDF, XLSX, CSV).</summary>
public sealed class SummaryResources;
