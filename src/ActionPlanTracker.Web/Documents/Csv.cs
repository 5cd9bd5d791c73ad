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

        // A cell starting like a formula would run as one in Excel or LibreOffice (CSV injection): make it text.
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny("\",\r\n") >= 0
            ? new StringBuilder(text.Length + 2).Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString()
            : text;
    }
}
