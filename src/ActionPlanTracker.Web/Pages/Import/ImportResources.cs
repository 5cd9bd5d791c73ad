namespace ActionPlanTracker.Web.Pages.Import;

/// <summary>The texts of the import pages and of the errors found in an uploaded sheet, by row and column.</summary>
public sealed class ImportResources;
