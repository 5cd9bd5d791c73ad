using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ActionPlanTracker.Web.Tests.Infrastructure;

/// <summary>
/// A worksheet read back as rows of text, each cell at the column its reference names (a cell left out is ""):
/// text as written, numbers as their digits, and a date-time cell as the ISO 8601 text the CSV writes
/// (2028-03-10T12:00:00.000000Z), so the two exports can be compared cell by cell.
/// </summary>
public static class XlsxReader
{
    /// <summary>The sheets of a workbook by name, in order, each with its rows and its cells.</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<string[]> Rows, IReadOnlyList<Cell?[]> Cells)> Sheets(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var dateStyles = DateStyles(workbook);
        return [.. workbook.Workbook.Sheets!.Elements<Sheet>().Select(sheet =>
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var (rows, cells) = Read(part.Worksheet, dateStyles);
            return (sheet.Name!.Value!, rows, cells);
        })];
    }

    /// <summary>The first sheet's name and rows.</summary>
    public static (string Name, IReadOnlyList<string[]> Rows) First(byte[] bytes)
    {
        var (name, rows, _) = Sheets(bytes)[0];
        return (name, rows);
    }

    private static (List<string[]> Rows, List<Cell?[]> Cells) Read(Worksheet sheet, HashSet<uint> dateStyles)
    {
        var rows = new List<string[]>();
        var cells = new List<Cell?[]>();
        var width = sheet.Descendants<Cell>().Select(c => Column(c.CellReference!.Value!) + 1).DefaultIfEmpty(0).Max();
        foreach (var row in sheet.GetFirstChild<SheetData>()!.Elements<Row>())
        {
            var texts = Enumerable.Repeat("", width).ToArray();
            var byColumn = new Cell?[width];
            foreach (var cell in row.Elements<Cell>())
            {
                var column = Column(cell.CellReference!.Value!);
                byColumn[column] = cell;
                texts[column] = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
                    : cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
                        ? DateTime.FromOADate(double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture)
                        : cell.CellValue?.Text ?? "";
            }

            rows.Add(texts);
            cells.Add(byColumn);
        }

        return (rows, cells);
    }

    /// <summary>The cell formats whose number format is a date (built-in 14–22, or a custom one with y, m and d).</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.FormatCode?.Value is { } code && code.Contains('y', StringComparison.Ordinal) && code.Contains('d', StringComparison.Ordinal))
            .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        return [.. formats.Select((f, i) => (f, i)).Where(x => x.f.NumberFormatId?.Value is { } id && (id is >= 14 and <= 22 || custom.Contains(id))).Select(x => (uint)x.i)];
    }

    private static int Column(string reference) =>
        reference.TakeWhile(char.IsAsciiLetterUpper).Aggregate(0, (index, c) => (index * 26) + (c - 'A' + 1)) - 1;
}
