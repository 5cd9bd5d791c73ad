namespace ActionPlanTracker.Web.Pages.Indicators;

/// <summary>The texts of the indicator pages and of the indicator series partial.</summary>
public sealed class IndicatorsText;
