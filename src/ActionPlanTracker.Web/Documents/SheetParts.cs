using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ActionPlanTracker.Web.Documents;

/// <summary>The pieces every worksheet the application writes is made of: column names, text rows, a frozen header.</summary>
public static class SheetParts
{
    /// <summary>A, B, … Z, AA, AB…</summary>
    public static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    /// <summary>Row <paramref name="index"/> of text cells, written inline (no shared strings) and kept exactly as given.</summary>
    public static Row TextRow(uint index, IReadOnlyList<string> values)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            row.Append(new Cell
            {
                CellReference = ColumnName(i) + index.ToString(CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(values[i]) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            });
        }

        return row;
    }

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
