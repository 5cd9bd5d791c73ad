namespace ActionPlanTracker.Web;

/// <summary>Rules for what people type into the forms' free-text fields, whichever feature the form belongs to.</summary>
public static class TypedText
{
    /// <summary>
    /// Tabs and line breaks belong in a narrative; other control characters are invisible leftovers of copy and
    /// paste that PostgreSQL may refuse (NUL) and a reader cannot see.
    /// </summary>
    public static bool HasNoControlCharacters(string? text) =>
        text is null || !text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'));
}
