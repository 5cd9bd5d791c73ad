namespace ActionPlanTracker.Web.Localization;

/// <summary>
/// The texts every part of the application uses: the layout and common words. The names of levels and states
/// come from the domain (<c>Completion.Label()</c>, in the current language).
/// Each feature folder has its own resource class for the rest (e.g. <c>Pages/Reports/ReportsResources</c>).
/// </summary>
public sealed class SharedResources;
