using System.Globalization;
using System.IO.Compression;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Import;

/// <summary>
/// The import spreadsheet: its columns, the template written with a member's current reports, and reading an upload
/// back. Reading refuses anything that is not a real workbook and names every cell it cannot take, in the reader's
/// language. The heading row stays in English in every language: it is read back to check the columns.
/// </summary>
public static class ImportSheet
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>A small zip can unpack into gigabytes; a filled template for 27 commitments stays far below this.</summary>
    public const long MaxUnpackedBytes = 64 * 1024 * 1024;

    public const int MaxRows = 500;

    /// <summary>
    /// The columns in the template's order. Cycle, member and commitment say which report a row fills; title and state
    /// are for reading only. Revision is the report's revision when the template was written: a report saved again since
    /// then is shown as a conflict, not overwritten. The same in every language, as an upload is checked against them.
    /// </summary>
    public static readonly IReadOnlyList<string> Headings =
    [
        "Cycle", "Member", "Commitment", "Title (not imported)", "State (not imported)", "Completion", "Reason it does not apply", "Narrative", "Next steps",
        "Challenges", "Evidence (one a line)", "Revision (leave as it is)",
    ];

    public const int Cycle = 0, Member = 1, Commitment = 2, Title = 3, State = 4, Completion = 5, Reason = 6, Narrative = 7, NextSteps = 8, Challenges = 9, Evidence = 10,
        Revision = 11;

    public static byte[] Write(string sheetName, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheetPart = workbook.AddNewPart<WorksheetPart>("rId1");
            var data = new SheetData(SheetParts.TextRow(1, Headings));
            uint index = 2;
            foreach (var row in rows)
            {
                data.Append(SheetParts.TextRow(index++, row));
            }

            var frozen = SheetParts.FrozenHeader();
            // The levels as the template's rows write them, in the reader's language; an upload may use either language.
            var levels = new DataValidation(new Formula1($"\"{string.Join(',', CompletionScale.All.Select(l => l.Label()))}\""))
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowErrorMessage = true,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = $"F2:F{Math.Max(index - 1, 2)}" },
            };
            sheetPart.Worksheet = new Worksheet(frozen, Widths(), data, new DataValidations(levels) { Count = 1 });
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = "rId1", SheetId = 1, Name = sheetName }));
        }

        return stream.ToArray();
    }

    /// <summary>Reads the first sheet: its rows by number (empty rows left out), and what could not be read, worded by <paramref name="text"/>.</summary>
    public static SheetContent Read(byte[] file, IStringLocalizer text)
    {
        if (file.Length > MaxFileBytes)
        {
            return SheetContent.Refused(text["Sheet.TooLarge", MaxFileBytes / (1024 * 1024)].Value);
        }

        if (!IsReasonableZip(file, text, out var refusal))
        {
            return SheetContent.Refused(refusal);
        }

        try
        {
            using var stream = new MemoryStream(file, writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart;
            var first = workbook?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || first?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart sheet)
            {
                return SheetContent.Refused(text["Sheet.NotAWorkbook"].Value);
            }

            return ReadSheet(sheet, workbook.SharedStringTablePart?.SharedStringTable, text);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or IOException
            or System.Xml.XmlException or InvalidOperationException or ArgumentException or NotSupportedException or FormatException)
        {
            return SheetContent.Refused(text["Sheet.NotAWorkbook"].Value);
        }
    }

    /// <summary>A, B, … Z, AA…</summary>
    private static SheetContent ReadSheet(WorksheetPart sheet, SharedStringTable? shared, IStringLocalizer text)
    {
        var rows = new List<SheetRow>();
        var errors = new List<CellError>();
        var header = true;
        foreach (var row in sheet.Worksheet.Descendants<Row>())
        {
            var number = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 2));
            var values = new string[Headings.Count];
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value);
                if (column is null or < 0 || column >= Headings.Count)
                {
                    continue;
                }

                if (cell.CellFormula is not null)
                {
                    errors.Add(new CellError(number, column.Value, text["Sheet.Formula"].Value));
                    continue;
                }

                values[column.Value] = Text(cell, shared);
            }

            if (header)
            {
                header = false;
                var expected = Headings.Select((h, i) => (h, i)).Where(x => !string.Equals(values[x.i]?.Trim(), x.h, StringComparison.OrdinalIgnoreCase)).ToList();
                if (expected.Count > 0)
                {
                    return SheetContent.Refused(text["Sheet.Headings", string.Join(", ", Headings)].Value);
                }

                continue;
            }

            if (values.All(string.IsNullOrEmpty) && !errors.Any(e => e.Row == number))
            {
                continue;
            }

            if (rows.Count == MaxRows)
            {
                return SheetContent.Refused(text["Sheet.TooManyRows", MaxRows].Value);
            }

            rows.Add(new SheetRow(number, [.. values.Select(v => v ?? "")]));
        }

        return header ? SheetContent.Refused(text["Sheet.Empty"].Value) : new SheetContent(rows, errors, null);
    }

    private static string Text(Cell cell, SharedStringTable? shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && shared?.ElementAtOrDefault(index) is { } item
                ? item.InnerText
                : "";
        }

        return raw;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetterUpper))
        {
            index = (index * 26) + (c - 'A' + 1);
            if (index > 16_384)
            {
                return null;
            }
        }

        return index - 1;
    }

    private static bool IsReasonableZip(byte[] file, IStringLocalizer text, out string refusal)
    {
        refusal = text["Sheet.NotAWorkbook"].Value;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(file, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                refusal = text["Sheet.Unpacked", MaxUnpackedBytes / (1024 * 1024)].Value;
                return false;
            }

            return zip.GetEntry("[Content_Types].xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static Columns Widths() => new(Headings.Select((_, i) => new Column
    {
        Min = (uint)i + 1,
        Max = (uint)i + 1,
        Width = i switch
        {
            Narrative or NextSteps or Challenges or Evidence or Reason => 48,
            Title => 36,
            Completion or State or Revision => 16,
            _ => 11,
        },
        CustomWidth = true,
    }));
}

/// <summary>One row of an upload, by its number in the sheet; values in the order of <see cref="ImportSheet.Headings"/>.</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string> Values);

/// <summary>A cell that cannot be imported: its row, its column (index into the headings) and why.</summary>
public sealed record CellError(int Row, int Column, string Message)
{
    /// <summary>The row and the cell's column as the sheet names them ("Row 3, column B (Member)"), worded by <paramref name="text"/>.</summary>
    public string Where(IStringLocalizer text) => Column < 0
        ? text["Preview.Row", Row].Value
        : text["Preview.RowColumn", Row, SheetParts.ColumnName(Column), ImportSheet.Headings[Column]].Value;
}

/// <summary>What an upload holds, or, in <see cref="Refusal"/>, why the file as a whole cannot be read.</summary>
public sealed record SheetContent(IReadOnlyList<SheetRow> Rows, IReadOnlyList<CellError> Errors, string? Refusal)
{
    public static SheetContent Refused(string why) => new([], [], why);
}
