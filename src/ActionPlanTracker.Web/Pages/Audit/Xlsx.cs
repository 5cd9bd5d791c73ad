using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using ActionPlanTracker.Web.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ActionPlanTracker.Web.Pages.Audit;

/// <summary>
/// A one-sheet workbook written row by row with <see cref="OpenXmlWriter"/> straight into a zip entry: no DOM, no
/// shared string table, so memory stays flat however many rows there are. Text cells are inline strings (never
/// formulas), numbers numbers. The package is assembled here rather than through SpreadsheetDocument, because the
/// SDK needs a readable package, and System.IO.Packaging then opens its zip in Update mode, which keeps every part
/// in memory until the end; a zip in Create mode streams each entry to the file as it is written.
/// </summary>
public static class Xlsx
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>One constant entry time, so the same rows give the same bytes.</summary>
    private static readonly DateTimeOffset Stamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
        """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""" +
        """<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>""" +
        """<Default Extension="xml" ContentType="application/xml"/>""" +
        """<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""" +
        """<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""" +
        """<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""" +
        "</Types>";

    private const string PackageRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
        """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""" +
        """<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>""" +
        "</Relationships>";

    private const string WorkbookRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
        """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""" +
        """<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>""" +
        """<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""" +
        "</Relationships>";

    /// <summary>
    /// Writes the header (bold, frozen, filtered) and the rows to <paramref name="file"/>, each column as its kind says:
    /// text, a number, or a date and time given as ISO 8601 text (the spreadsheet holds it to the millisecond; the CSV
    /// keeps the microseconds). Returns the number of rows after the header.
    /// </summary>
    public static async Task<long> WriteAsync(
        Stream file, string sheetName, IReadOnlyList<string> header, IReadOnlyList<ColumnKind> kinds,
        IAsyncEnumerable<string?[]> rows, CancellationToken cancellationToken)
    {
        long count = 0;
        using var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true);
        WriteText(zip, "[Content_Types].xml", ContentTypes);
        WriteText(zip, "_rels/.rels", PackageRelationships);
        using (var stream = Entry(zip, "xl/workbook.xml"))
        using (var writer = OpenXmlWriter.Create(stream))
        {
            writer.WriteStartDocument(true);
            writer.WriteElement(new Workbook(new Sheets(new Sheet { Id = "rId1", SheetId = 1, Name = sheetName })));
        }

        WriteText(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships);
        using (var stream = Entry(zip, "xl/styles.xml"))
        using (var writer = OpenXmlWriter.Create(stream))
        {
            writer.WriteStartDocument(true);
            writer.WriteElement(SheetParts.Styles());
        }

        // The writer leaves the entry's stream open: closing the stream is what ends the entry.
        using (var stream = Entry(zip, "xl/worksheets/sheet1.xml"))
        using (var writer = OpenXmlWriter.Create(stream))
        {
            writer.WriteStartDocument(true);
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(SheetParts.FrozenHeader());
            writer.WriteElement(Widths(header, kinds));
            writer.WriteStartElement(new SheetData());
            writer.WriteElement(SheetParts.HeaderRow(header));
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                count++;
                WriteRow(writer, (uint)(count + 1), row, kinds);
            }

            writer.WriteEndElement();
            writer.WriteElement(SheetParts.Filter(header.Count, (uint)(count + 1)));
            writer.WriteEndElement();
        }

        return count;
    }

    /// <summary>Wide enough for a date and time, a number, or a line of text, and for the column's heading.</summary>
    private static Columns Widths(IReadOnlyList<string> header, IReadOnlyList<ColumnKind> kinds) => new(kinds.Select((kind, i) => new Column
    {
        Min = (uint)i + 1,
        Max = (uint)i + 1,
        Width = Math.Max(header[i].Length + 3, kind switch { ColumnKind.DateTime => 20, ColumnKind.Number => 10, _ => 28 }),
        CustomWidth = true,
    }));

    private static Stream Entry(ZipArchive zip, string name)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = Stamp;
        return entry.Open();
    }

    private static void WriteText(ZipArchive zip, string name, string xml)
    {
        using var stream = Entry(zip, name);
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }

    private static void WriteRow(OpenXmlWriter writer, uint index, string?[] values, IReadOnlyList<ColumnKind> kinds)
    {
        var number = index.ToString(CultureInfo.InvariantCulture);
        writer.WriteStartElement(new Row { RowIndex = index });
        for (var i = 0; i < values.Length; i++)
        {
            // An empty value leaves the cell out, as the CSV leaves the field empty.
            if (values[i] is not { Length: > 0 } value)
            {
                continue;
            }

            var cell = kinds[i] switch
            {
                ColumnKind.Number => new Cell { CellReference = SheetParts.ColumnName(i) + number, DataType = CellValues.Number, CellValue = new CellValue(value) },
                ColumnKind.DateTime => new Cell
                {
                    CellReference = SheetParts.ColumnName(i) + number,
                    StyleIndex = SheetParts.DateTimeStyle,
                    CellValue = new CellValue(SheetParts.Serial(DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))),
                },
                _ => new Cell
                {
                    CellReference = SheetParts.ColumnName(i) + number,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Escape(value)) { Space = SpaceProcessingModeValues.Preserve }),
                },
            };
            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }

    /// <summary>
    /// Characters XML cannot hold (control characters) as the spreadsheet format's _xHHHH_ escapes, which Excel and
    /// LibreOffice read back as the character; a literal "_x" that would look like an escape has its "_" escaped.
    /// </summary>
    public static string Escape(string text)
    {
        if (!text.Any(c => !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c)) && !text.Contains("_x", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"_x{(int)c:X4}_");
            }
            else if (c == '_' && LooksLikeEscape(text, i))
            {
                escaped.Append("_x005F_");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static bool LooksLikeEscape(string text, int at) =>
        at + 6 < text.Length && text[at + 1] is 'x' or 'X' && text[at + 6] == '_' && !text.AsSpan(at + 2, 4).ContainsAnyExcept(HexDigits);
}

/// <summary>What a column of an export holds, and so how its cells are written.</summary>
public enum ColumnKind
{
    Text,
    Number,
    DateTime,
}
