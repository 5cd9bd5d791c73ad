using System.Text;
using ActionPlanTracker.Web.Documents;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Summary.Documents;

/// <summary>The summary's rows as CSV (RFC 4180, formulas neutralised by <see cref="Csv"/>), UTF-8 with a byte order mark for Excel.</summary>
public static class SummaryCsv
{
    public static byte[] Write(Summary summary, IStringLocalizer t)
    {
        var text = new StringBuilder(Csv.Line(SummaryRows.Header(t)));
        foreach (var row in SummaryRows.Of(summary, t))
        {
            text.Append(Csv.Line(row));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
