using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.ReportForms;

/// <summary>The evidence a focal point types, one link or reference a line: how it is read and what can be kept.</summary>
public static partial class EvidenceLines
{
    public const int MaxItems = 20;
    public const int MaxLength = 500;

    /// <summary>
    /// One link or reference a line, empty lines left out. Each line is trimmed: spaces around a link or a
    /// reference carry nothing, and a link must start at its scheme to be recognised as one.
    /// </summary>
    public static IReadOnlyList<string> Of(string? text) =>
        [.. Lines(text).Select(l => l.Text).Where(l => l.Length > 0)];

    /// <summary>Adds a message for each evidence line that cannot be kept, numbered as the user sees the lines.</summary>
    public static void Check<T>(string? text, ValidationContext<T> context, IStringLocalizer<ReportFormResources> messages)
    {
        var lines = Lines(text).Where(l => l.Text.Length > 0).ToList();
        if (lines.Count > MaxItems)
        {
            context.AddFailure(messages["EvidenceTooMany", MaxItems, lines.Count]);
        }

        foreach (var line in lines)
        {
            if (Problem(line, messages) is { } problem)
            {
                context.AddFailure(problem);
            }
        }
    }

    private static IEnumerable<(int Number, string Text)> Lines(string? text) =>
        (text ?? "").Split('\n').Select((line, index) => (index + 1, line.Trim()));

    private static string? Problem((int Number, string Text) line, IStringLocalizer messages)
    {
        var (number, text) = line;
        if (text.Length > MaxLength)
        {
            return messages["EvidenceLineTooLong", number, MaxLength, text.Length].Value;
        }

        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return IsWebAddress(text) ? null : messages["EvidenceLineIncomplete", number].Value;
        }

        return OtherScheme().IsMatch(text) ? messages["EvidenceLineOtherScheme", number].Value : null;
    }

    private static bool IsWebAddress(string line) =>
        Uri.IsWellFormedUriString(line, UriKind.Absolute)
        && Uri.TryCreate(line, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    // A scheme followed straight by its content ("mailto:x", "data:…"), or a script scheme however spaced.
    // "Note: see annex" stays a plain reference.
    [GeneratedRegex(@"^(?:(?:java|vb)script|data)\s*:|^[a-z][a-z0-9+.\-]*:\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherScheme();
}
