namespace ActionPlanTracker.Web.Pages.Indicators;

/// <summary>The texts of the indicator pages.</summary>
public sealed class IndicatorsResources;
