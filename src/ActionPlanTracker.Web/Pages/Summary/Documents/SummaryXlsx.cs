using ActionPlanTracker.Web.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Summary.Documents;

/// <summary>
/// The summary's rows as an Excel workbook typed for analysis: headers for people in the workbook's language, bold,
/// frozen and filtered; times as dates, values as numbers, absent values as empty cells; text as inline strings (no
/// shared string table, no document properties), relationship ids fixed, so the bytes depend on the data only.
/// </summary>
public static class SummaryXlsx
{
    public static byte[] Write(Summary summary, IStringLocalizer t)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = SheetParts.Styles();
            var sheets = new Sheets(Sheet(workbook, 1, t["Sheet.Summary", summary.Cycle], SummaryRows.Headings(t), SummaryRows.Typed(summary, t), Widths(SummaryRows.Headings(t))));
            if (summary.Indicators.Count > 0)
            {
                // Every indicator value in long form, on a sheet of its own so the summary's sheet keeps its shape.
                sheets.Append(Sheet(workbook, 2, t["Sheet.Indicators"], SummaryIndicators.Headings(t), SummaryIndicators.Typed(summary, t), IndicatorWidths(SummaryIndicators.Headings(t))));
            }

            workbook.Workbook = new Workbook(sheets);
        }

        return DeterministicZip.Normalise(stream.ToArray());
    }

    private static Sheet Sheet(WorkbookPart workbook, uint number, string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, Columns widths)
    {
        var id = $"rId{number}";
        var sheetPart = workbook.AddNewPart<WorksheetPart>(id);
        var data = new SheetData();
        data.Append(SheetParts.HeaderRow(header));
        uint index = 2;
        foreach (var row in rows)
        {
            data.Append(SheetParts.Row(index++, row));
        }

        var frozen = SheetParts.FrozenHeader();
        sheetPart.Worksheet = new Worksheet(frozen, widths, data, SheetParts.Filter(header.Count, index - 1));
        return new Sheet { Id = id, SheetId = number, Name = name };
    }

    private static Columns IndicatorWidths(IReadOnlyList<string> headings) => new(SummaryIndicators.Columns.Select((name, i) => new Column
    {
        Min = (uint)i + 1,
        Max = (uint)i + 1,
        Width = Math.Max(headings[i].Length + 3, name is "MemberName" or "Indicator" ? 28 : 14),
        CustomWidth = true,
    }));

    /// <summary>Wide enough for codes and names, for the free text to be read in a cell, and for each heading.</summary>
    private static Columns Widths(IReadOnlyList<string> headings) => new(SummaryRows.Columns.Select((name, i) => new Column
    {
        Min = (uint)i + 1,
        Max = (uint)i + 1,
        Width = Math.Max(headings[i].Length + 3, name switch
        {
            "Narrative" or "NextSteps" or "Challenges" or "Evidence" or "NotApplicableReason" => 48,
            "MemberName" or "CommitmentShortTitle" or "LastChangedAt" or "LastChangedBy" => 28,
            _ => 14,
        }),
        CustomWidth = true,
    }));
}
