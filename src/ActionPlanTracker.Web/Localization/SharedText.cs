namespace ActionPlanTracker.Web.Localization;

/// <summary>
/// The texts every part of the application uses: the layout, the names of the scales and states, common words.
/// Each feature folder has its own resource class for the rest (e.g. <c>Pages/Reports/ReportsText</c>).
/// </summary>
public sealed class SharedText;
