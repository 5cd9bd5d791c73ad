namespace ActionPlanTracker.Domain;

/// <summary>
/// The plan stays in the language it was adopted in; a translation is optional and entered by an administrator.
/// Blank means "no translation", so readers see the adopted text rather than an empty line.
/// </summary>
public static class PlanTranslation
{
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
