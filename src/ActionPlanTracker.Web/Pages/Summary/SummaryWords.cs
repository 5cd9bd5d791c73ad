namespace ActionPlanTracker.Web.Pages.Summary;

/// <summary>
/// The texts of the summary page and of the documents written from it (DOCX, PDF, XLSX, CSV). Not "SummaryText":
/// that name is the exports' formatting helper.
/// </summary>
public sealed class SummaryWords;
