namespace ActionPlanTracker.Web;

/// <summary>
/// The characters a typed text may hold. Control characters other than tabs and line breaks are invisible
/// leftovers of copy and paste that a reader cannot see and PostgreSQL may refuse (NUL).
/// </summary>
public static class TextRules
{
    /// <summary>A paragraph: tabs and line breaks belong in it, other control characters do not.</summary>
    public static bool HasNoControlCharacters(string? text) =>
        text is null || !text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'));

    /// <summary>A name or a title: one line of visible text, with no control character at all.</summary>
    public static bool IsOneLine(string? text) => text is null || !text.Any(char.IsControl);
}
