using System.Globalization;
using System.Resources;

namespace ActionPlanTracker.Domain;

/// <summary>
/// The domain's words (the names of levels and states) and its refusals, in English and French
/// (<c>DomainText.resx</c>, <c>DomainText.fr.resx</c>), in the current UI culture: a rule speaks to the person who
/// asked, in their language. Keys are dotted names such as <c>Completion.NotStarted</c>.
/// </summary>
public static class DomainText
{
    private static readonly ResourceManager Resources = new("ActionPlanTracker.Domain.DomainText", typeof(DomainText).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object?[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), arguments);

    /// <summary>A name used inside a sentence: "approved", "age group".</summary>
    public static string Lower(string label) => label.ToLower(CultureInfo.CurrentCulture);
}
