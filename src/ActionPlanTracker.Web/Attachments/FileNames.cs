namespace ActionPlanTracker.Web.Attachments;

/// <summary>What a file may be called once stored: no folders, no control characters, a length a page can show.</summary>
public static class FileNames
{
    public const int MaxLength = 200;

    /// <summary>The name as stored (trimmed), or why it is refused.</summary>
    public static (string? Name, string? Problem) Clean(string? name)
    {
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length == 0)
        {
            return (null, "The file has no name.");
        }

        // A name with folders in it is either a browser sending a whole path or someone trying to climb out of one.
        if (trimmed.IndexOfAny(['/', '\\']) >= 0 || trimmed is "." or ".." || trimmed.Contains(':', StringComparison.Ordinal))
        {
            return (null, "The file name contains a path (/, \\ or :). Rename the file to a plain name, such as report.pdf.");
        }

        if (trimmed.Any(char.IsControl) || trimmed.Any(c => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format))
        {
            return (null, "The file name contains invisible control characters. Rename the file.");
        }

        if (trimmed.Length > MaxLength)
        {
            return (null, $"The file name is longer than {MaxLength} characters ({trimmed.Length}). Rename the file.");
        }

        return (trimmed, null);
    }
}
