using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ActionPlanTracker.Web.Documents;

/// <summary>
/// The pieces every worksheet the application writes is made of: column names, rows of typed cells (text, numbers, dates
/// and times; an empty value leaves its cell out), the styles those cells use, a bold frozen header and its filter.
/// </summary>
public static class SheetParts
{
    /// <summary>The style of a cell holding a date and time (UTC): <see cref="Styles"/>' second cell format.</summary>
    public const uint DateTimeStyle = 1;

    /// <summary>The style of a header cell: bold.</summary>
    public const uint HeaderStyle = 2;

    /// <summary>The number format of dates and times, as ISO 8601 writes them.</summary>
    public const string DateTimeFormat = "yyyy-mm-dd hh:mm:ss";

    /// <summary>A, B, … Z, AA, AB…</summary>
    public static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    /// <summary>
    /// Row <paramref name="index"/> of text cells, written inline (no shared strings) and kept exactly as given, empty
    /// ones included: the import template's cells are there to be filled in.
    /// </summary>
    public static Row TextRow(uint index, IReadOnlyList<string> values)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            row.Append(new Cell
            {
                CellReference = ColumnName(i) + index.ToString(CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(values[i]) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        return row;
    }

    /// <summary>The header row: bold text.</summary>
    public static Row HeaderRow(IReadOnlyList<string> names)
    {
        var row = TextRow(1, names);
        foreach (var cell in row.Elements<Cell>())
        {
            cell.StyleIndex = HeaderStyle;
        }

        return row;
    }

    /// <summary>
    /// Row <paramref name="index"/> of typed cells: text as inline strings, numbers as numbers, a
    /// <see cref="DateTimeOffset"/> as a date and time in UTC (<see cref="DateTimeStyle"/>); null or empty text leaves the cell out.
    /// </summary>
    public static Row Row(uint index, IReadOnlyList<object?> values)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            if (Cell(ColumnName(i) + index.ToString(CultureInfo.InvariantCulture), values[i]) is { } cell)
            {
                row.Append(cell);
            }
        }

        return row;
    }

    private static Cell? Cell(string reference, object? value) => value switch
    {
        null or "" => null,
        string text => new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        },
        DateTimeOffset at => new Cell { CellReference = reference, StyleIndex = DateTimeStyle, CellValue = new CellValue(Serial(at)) },
        decimal number => new Cell { CellReference = reference, CellValue = new CellValue(number.ToString("0.############################", CultureInfo.InvariantCulture)) },
        int number => new Cell { CellReference = reference, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) },
        long number => new Cell { CellReference = reference, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) },
        _ => throw new ArgumentException($"A sheet cell holds text, a number or a date and time, not {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>A moment as the spreadsheet's serial date-time (days since 1899-12-30, UTC), to the millisecond.</summary>
    public static string Serial(DateTimeOffset at) => at.UtcDateTime.ToOADate().ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The cell formats the rows use: default, date and time, bold header.</summary>
    public static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = DateTimeFormat }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true })
        { Count = 3 });

    /// <summary>A filter on the header row over <paramref name="columns"/> columns and the rows down to <paramref name="lastRow"/>.</summary>
    public static AutoFilter Filter(int columns, uint lastRow) =>
        new() { Reference = $"A1:{ColumnName(Math.Max(columns, 1) - 1)}{Math.Max(lastRow, 1).ToString(CultureInfo.InvariantCulture)}" };

    /// <summary>The header row stays in view while the reader scrolls.</summary>
    public static SheetViews FrozenHeader() =>
        new(new SheetView(new Pane
        {
            VerticalSplit = 1,
            TopLeftCell = "A2",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        })
        { WorkbookViewId = 0 });
}
