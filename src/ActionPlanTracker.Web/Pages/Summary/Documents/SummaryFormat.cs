using System.Globalization;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;

namespace ActionPlanTracker.Web.Pages.Summary.Documents;

/// <summary>How the summary writes levels, dates and times, in every format alike, and reads back its <c>?asOf=</c>.</summary>
public static class SummaryFormat
{
    /// <summary>The completion levels and "No report", named in the current language.</summary>
    public static IReadOnlyList<string> LevelColumns => [.. CompletionScale.All.Select(l => l.Label()), ((Completion?)null).Label()];

    /// <summary>A date as people read it in the current language: "1 July 2027", "1er juillet 2027".</summary>
    public static string Date(DateOnly date)
    {
        var culture = CultureInfo.CurrentCulture;
        return date.Day == 1 && culture.TwoLetterISOLanguageName == Languages.French
            ? date.ToString("d'er' MMMM yyyy", culture)
            : date.ToString("d MMMM yyyy", culture);
    }

    /// <summary>UTC, to the microsecond PostgreSQL keeps: the form <c>?asOf=</c> accepts back.</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Reads an ISO 8601 time; one without an offset is taken as UTC. Null when it is not one.</summary>
    public static DateTimeOffset? ParseTime(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var at)
            || !char.IsAsciiDigit(text.Trim()[0]))
        {
            return null;
        }

        return Microseconds(at.ToUniversalTime());
    }

    /// <summary>PostgreSQL keeps microseconds: cut the rest so "as of" compares and prints the same everywhere.</summary>
    public static DateTimeOffset Microseconds(DateTimeOffset at) => at.AddTicks(-(at.Ticks % 10));
}
