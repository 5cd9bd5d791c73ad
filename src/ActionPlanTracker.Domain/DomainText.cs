using System.Globalization;

namespace ActionPlanTracker.Domain;

/// <summary>
/// The domain's words (the names of levels and states) and its refusals, in English and French
/// (<c>DomainText.resx</c>, <c>DomainText.fr.resx</c>), in the current UI culture: a rule speaks to the person who
/// asked, in their language. Keys are dotted names such as <c>Completion.NotStarted</c>.
/// </summary>
/// <remarks>
/// The domain knows no framework, so the host hands it a lookup: the web application's checked localizer, which
/// reads these resource files and records a key it cannot find, as it does for every page. Until a host has done so a
/// key reads as itself, never as a silent English default.
/// </remarks>
public static class DomainText
{
    private static Func<string, string?> _lookup = _ => null;

    /// <summary>Where the words come from: a key in, the text in the current UI culture out (null when there is none).</summary>
    public static void UseLookup(Func<string, string?> lookup) => _lookup = lookup ?? throw new ArgumentNullException(nameof(lookup));

    public static string Get(string key) => _lookup(key) ?? key;

    public static string Format(string key, params object?[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), arguments);

    /// <summary>A name used inside a sentence: "approved", "age group".</summary>
    public static string Lower(string label) => label.ToLower(CultureInfo.CurrentCulture);
}
