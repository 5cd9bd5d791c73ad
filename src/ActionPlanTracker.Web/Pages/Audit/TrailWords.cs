using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Audit;

/// <summary>
/// The trail's stored words (actions such as "Submitted", field names such as "NextSteps") in the reader's language
/// where they are known words, and as stored otherwise: the trail records whatever the code wrote, so a word this
/// list does not know yet is shown rather than hidden (and, not being a missing text, not reported as one).
/// </summary>
public sealed class TrailWords
{
    // Every known word of a language, read once through the page's localizer: a page names an action and
    // several fields on each of its rows. The resource files are compiled in, so what one request reads holds for all.
    private static readonly ConcurrentDictionary<string, TrailWords> ByLanguage = new(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, string> _known;

    private TrailWords(IStringLocalizer<AuditResources> text) =>
        _known = text.GetAllStrings(includeParentCultures: true)
            .Where(s => s.Name.StartsWith("Action.", StringComparison.Ordinal) || s.Name.StartsWith("Field.", StringComparison.Ordinal))
            .ToFrozenDictionary(s => s.Name, s => s.Value, StringComparer.Ordinal);

    /// <summary>The words of the current language.</summary>
    public static TrailWords Of(IStringLocalizer<AuditResources> text) =>
        ByLanguage.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ => new TrailWords(text));

    public string Action(string stored) => Known("Action.", stored);

    public string Field(string stored) => Known("Field.", stored);

    private string Known(string prefix, string stored) =>
        stored.Length > 0 && _known.TryGetValue(prefix + stored, out var text) ? text : stored;
}
