namespace ActionPlanTracker.Web.Localization;

/// <summary>
/// The plan's own words (and members' names) in the reader's language where a translation has been entered,
/// otherwise as adopted. Narratives are never translated: they appear as written.
/// </summary>
public static class PlanText
{
    public static string Choose(string adopted, string? french) =>
        Languages.CurrentIsFrench && !string.IsNullOrWhiteSpace(french) ? french : adopted;

    /// <summary>"en" where a French page shows the adopted English text for want of a translation, so screen readers say it right.</summary>
    public static string? FallbackLanguage(string? french) =>
        Languages.CurrentIsFrench && string.IsNullOrWhiteSpace(french) ? Languages.English : null;
}
