using ActionPlanTracker.Web.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Summary.Documents;

/// <summary>
/// The summary's rows as an Excel workbook: one sheet, the header frozen, every cell an inline string (no shared
/// string table, no styles, no document properties), relationship ids fixed, so the bytes depend on the data only.
/// </summary>
public static class SummaryXlsx
{
    public static byte[] Write(Summary summary, IStringLocalizer t)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheets = new Sheets(Sheet(workbook, 1, t["Sheet.Summary", summary.Cycle], SummaryRows.Header(t), SummaryRows.Of(summary, t), Widths()));
            if (summary.Indicators.Count > 0)
            {
                // Every indicator value in long form, on a sheet of its own so the summary's sheet keeps its shape.
                sheets.Append(Sheet(workbook, 2, t["Sheet.Indicators"], SummaryIndicators.Header(t), SummaryIndicators.Rows(summary, t), IndicatorWidths()));
            }

            workbook.Workbook = new Workbook(sheets);
        }

        return DeterministicZip.Normalise(stream.ToArray());
    }

    private static Sheet Sheet(WorkbookPart workbook, uint number, string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, Columns widths)
    {
        var id = $"rId{number}";
        var sheetPart = workbook.AddNewPart<WorksheetPart>(id);
        var data = new SheetData();
        data.Append(SheetParts.TextRow(1, header));
        uint index = 2;
        foreach (var row in rows)
        {
            data.Append(SheetParts.TextRow(index++, row));
        }

        var frozen = SheetParts.FrozenHeader();
        sheetPart.Worksheet = new Worksheet(frozen, widths, data);
        return new Sheet { Id = id, SheetId = number, Name = name };
    }

    private static Columns IndicatorWidths() => new(SummaryIndicators.Columns.Select((name, i) => new Column
    {
        Min = (uint)i + 1,
        Max = (uint)i + 1,
        Width = name is "MemberName" or "Indicator" ? 28 : 14,
        CustomWidth = true,
    }));

    /// <summary>Wide enough for codes and names, and for the free text to be read in a cell.</summary>
    private static Columns Widths() => new(SummaryRows.Columns.Select((name, i) => new Column
    {
        Min = (uint)i + 1,
        Max = (uint)i + 1,
        Width = name switch
        {
            "Narrative" or "NextSteps" or "Challenges" or "Evidence" or "NotApplicableReason" => 48,
            "MemberName" or "CommitmentShortTitle" or "LastChangedAt" or "LastChangedBy" => 28,
            _ => 14,
        },
        CustomWidth = true,
    }));
}
