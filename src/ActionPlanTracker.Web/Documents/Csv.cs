using System.Text;

namespace ActionPlanTracker.Web.Documents;

/// <summary>CSV lines as RFC 4180 writes them, safe to open in a spreadsheet.</summary>
public static class Csv
{
    /// <summary>One record, CRLF-terminated; every field quoted when it must be.</summary>
    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    public static string Field(string? value)
    {
        var text = value ?? "";

        // A cell starting like a formula would run as one in Excel or LibreOffice (CSV injection): make it text. The
        // spreadsheets skip leading spaces and line breaks before they look, so this looks past them too.
        if (StartsLikeAFormula(text))
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny("\",\r\n") >= 0
            ? new StringBuilder(text.Length + 2).Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString()
            : text;
    }

    /// <summary>The first character that is not blank opens a formula, or the cell starts with a tab or a line break.</summary>
    public static bool StartsLikeAFormula(string text)
    {
        if (text.Length > 0 && text[0] is '\t' or '\r' or '\n')
        {
            return true;
        }

        var first = text.AsSpan().TrimStart();
        return first.Length > 0 && first[0] is '=' or '+' or '-' or '@' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20';
    }
}
