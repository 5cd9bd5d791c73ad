namespace ActionPlanTracker.Web.Pages;

/// <summary>The texts of the pages at the root: the error page and the explanations of error statuses.</summary>
public sealed class PagesResources;
