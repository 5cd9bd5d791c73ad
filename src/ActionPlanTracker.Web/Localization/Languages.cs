using System.Globalization;

namespace ActionPlanTracker.Web.Localization;

/// <summary>
/// The two languages of the RLG's documents. English is the language the plan was adopted in and the one every
/// text falls back to; French is complete for everything the application itself writes.
/// </summary>
public static class Languages
{
    public const string English = "en";
    public const string French = "fr";

    /// <summary>
    /// The cultures pages format dates and numbers with: British English, and French as such (so a browser asking for
    /// fr-CA, fr-BE or fr-CH gets French too).
    /// </summary>
    public static IReadOnlyList<CultureInfo> Cultures { get; } =
        [CultureInfo.GetCultureInfo("en-GB"), CultureInfo.GetCultureInfo("fr")];

    public static IReadOnlyList<string> Codes { get; } = [English, French];

    public static bool IsSupported(string? code) => code is English or French;

    /// <summary>The culture for a language code; English for anything else.</summary>
    public static CultureInfo CultureOf(string? code) => code == French ? Cultures[1] : Cultures[0];

    /// <summary>The language of the current request's texts.</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == French ? French : English;

    public static bool CurrentIsFrench => Current == French;

    /// <summary>Each language named in itself, as the switch shows it.</summary>
    public static string NativeName(string code) => code == French ? "Français" : "English";

    /// <summary>Runs <paramref name="work"/> with the culture of <paramref name="code"/>; for documents built in a chosen language.</summary>
    public static T In<T>(string code, Func<T> work)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureOf(code);
        try
        {
            return work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
