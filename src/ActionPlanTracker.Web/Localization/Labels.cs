using ActionPlanTracker.Domain;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Localization;

/// <summary>The names of the domain's scales and states in the current language: "Completion.NotStarted" → "Not started" / "Non commencé".</summary>
public sealed class Labels(IStringLocalizer<SharedText> text)
{
    public string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => text[$"{typeof(TEnum).Name}.{value}"];

    /// <summary>A completion level, or "No report" where there is none.</summary>
    public string Of(Completion? completion) => completion is { } level ? Of(level) : text["Completion.None"];
}
