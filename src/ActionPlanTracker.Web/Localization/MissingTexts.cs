using System.Collections.Concurrent;
using System.Globalization;

namespace ActionPlanTracker.Web.Localization;

/// <summary>
/// Every text a page asked for and no resource file had, with the language asked in. Logged once each; the
/// tests walk every page in both languages and fail when this is not empty.
/// </summary>
public sealed class MissingTexts(ILogger<MissingTexts> logger)
{
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> All => [.. _seen.Keys.Order(StringComparer.Ordinal)];

    public void Record(string resource, string key)
    {
        var entry = $"{resource}: {key} ({CultureInfo.CurrentUICulture.Name})";
        if (_seen.TryAdd(entry, 0))
        {
            logger.LogWarning("No text for {Key} in {Resource} ({Culture})", key, resource, CultureInfo.CurrentUICulture.Name);
        }
    }

    public void Clear() => _seen.Clear();
}
