using System.Text.RegularExpressions;
using ActionPlanTracker.Domain;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Reports;

/// <summary>How the report form reads what a focal point typed: the completion level, the evidence lines, the characters allowed.</summary>
public static partial class ReportText
{
    public const int MaxEvidenceItems = 20;
    public const int MaxEvidenceLength = 500;

    /// <summary>The level named exactly as the form's radio buttons send it; null for none or for anything else.</summary>
    public static Completion? ParseCompletion(string? text) =>
        CompletionScale.All.Cast<Completion?>().FirstOrDefault(level => level.ToString() == text);

    /// <summary>
    /// Tabs and line breaks belong in a narrative; other control characters are invisible leftovers of copy and
    /// paste that PostgreSQL may refuse (NUL) and a reader cannot see.
    /// </summary>
    public static bool HasNoControlCharacters(string? text) =>
        text is null || !text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'));

    /// <summary>
    /// One link or reference a line, empty lines left out. Each line is trimmed: spaces around a link or a
    /// reference carry nothing, and a link must start at its scheme to be recognised as one.
    /// </summary>
    public static IReadOnlyList<string> EvidenceLines(string? text) =>
        [.. Lines(text).Select(l => l.Text).Where(l => l.Length > 0)];

    /// <summary>Adds a message for each evidence line that cannot be kept, numbered as the user sees the lines.</summary>
    public static void CheckEvidence<T>(string? text, ValidationContext<T> context, IStringLocalizer messages)
    {
        var lines = Lines(text).Where(l => l.Text.Length > 0).ToList();
        if (lines.Count > MaxEvidenceItems)
        {
            context.AddFailure(messages["Edit.EvidenceTooMany", MaxEvidenceItems, lines.Count]);
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
        if (text.Length > MaxEvidenceLength)
        {
            return messages["Edit.EvidenceLineTooLong", number, MaxEvidenceLength, text.Length].Value;
        }

        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return IsWebAddress(text) ? null : messages["Edit.EvidenceLineIncomplete", number].Value;
        }

        return OtherScheme().IsMatch(text) ? messages["Edit.EvidenceLineOtherScheme", number].Value : null;
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
