using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Attachments;

/// <summary>What a file may be called once stored: no folders, no control characters, a length a page can show.</summary>
public static class FileNames
{
    public const int MaxLength = 200;

    /// <summary>The name as stored (trimmed), or why it is refused, worded by <paramref name="text"/>.</summary>
    public static (string? Name, string? Problem) Clean(string? name, IStringLocalizer text)
    {
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length == 0)
        {
            return (null, text["Upload.NoName"]);
        }

        // A name with folders in it is either a browser sending a whole path or someone trying to climb out of one.
        if (trimmed.IndexOfAny(['/', '\\']) >= 0 || trimmed is "." or ".." || trimmed.Contains(':', StringComparison.Ordinal))
        {
            return (null, text["Upload.NameHasPath"]);
        }

        if (trimmed.Any(char.IsControl) || trimmed.Any(c => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format))
        {
            return (null, text["Upload.NameHasControlCharacters"]);
        }

        if (trimmed.Length > MaxLength)
        {
            return (null, text["Upload.NameTooLong", MaxLength, trimmed.Length]);
        }

        return (trimmed, null);
    }
}
