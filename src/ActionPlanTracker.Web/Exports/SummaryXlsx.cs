using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ActionPlanTracker.Web.Exports;

/// <summary>
/// The summary's rows as an Excel workbook: one sheet, the header frozen, every cell an inline string (no shared
/// string table, no styles, no document properties), relationship ids fixed, so the bytes depend on the data only.
/// </summary>
public static class SummaryXlsx
{
    public static byte[] Write(Summary summary)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheets = new Sheets(Sheet(workbook, 1, $"Summary {summary.Cycle}", SummaryRows.Header, SummaryRows.Of(summary), Widths()));
            if (summary.Indicators.Count > 0)
            {
                // Every indicator value in long form, on a sheet of its own so the summary's sheet keeps its shape.
                sheets.Append(Sheet(workbook, 2, "Indicators", SummaryIndicators.Header, SummaryIndicators.Rows(summary), IndicatorWidths()));
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

    private static Columns IndicatorWidths() => new(SummaryIndicators.Header.Select((name, i) => new Column
    {
        Min = (uint)i + 1,
        Max = (uint)i + 1,
        Width = name is "member_name" or "indicator" ? 28 : 14,
        CustomWidth = true,
    }));

    /// <summary>Wide enough for codes and names, and for the free text to be read in a cell.</summary>
    private static Columns Widths() => new(SummaryRows.Header.Select((name, i) => new Column
    {
        Min = (uint)i + 1,
        Max = (uint)i + 1,
        Width = name switch
        {
            "narrative" or "next_steps" or "challenges" or "evidence" or "not_applicable_reason" => 48,
            "member_name" or "commitment_short_title" or "last_changed_at" or "last_changed_by" => 28,
            _ => 14,
        },
        CustomWidth = true,
    }));
}
