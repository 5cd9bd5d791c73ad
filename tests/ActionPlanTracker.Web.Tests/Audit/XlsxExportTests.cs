using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using static ActionPlanTracker.Web.Tests.Audit.AuditData;

namespace ActionPlanTracker.Web.Tests.Audit;

/// <summary>/audit/export.xlsx: the same rows as the CSV, read back with the Open XML SDK, and the export's own event.</summary>
public sealed class XlsxExportTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Events_as_XLSX_have_the_CSVs_header_and_rows_and_the_export_is_recorded_with_the_files_SHA_256()
    {
        var actor = $"xlsx-{Guid.NewGuid():N}@example.org";
        var ids = await AddEventsAsync(Factory.ConnectionString, 3, i => Event(actor, new(2028, 3, 9 + i, 12, 0, 0, TimeSpan.Zero),
            after: i == 2 ? "{\"Narrative\": \"  spaced, \\\"quoted\\\"\\nsecond line  \"}" : null));
        var auditor = await Factory.CreateAsync(Roles.Auditor);
        using var client = await Factory.SignInAsync(auditor);
        const string query = "?what=events&from=2028-03-10&to=2028-03-11";

        using var response = await client.GetAsync("/audit/export.xlsx" + query);
        var csv = CsvReader.Parse(await TextOfCsvAsync(client, "/audit/export.csv" + query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("actionplantracker-events-from-2028-03-10-to-2028-03-11.xlsx", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var (rows, cells) = Read(bytes, csv[0].Length);
        Assert.Equal(csv, rows);
        Assert.Equal([ids[0], ids[1]], rows.Skip(1).Where(r => r[3] == actor).Select(r => long.Parse(r[0], CultureInfo.InvariantCulture)));
        var second = cells.Single(r => r[0]?.CellValue?.Text == ids[1].ToString(CultureInfo.InvariantCulture));
        Assert.Equal(CellValues.Number, second[0]!.DataType!.Value);
        Assert.Equal(CellValues.InlineString, second[2]!.DataType!.Value);
        Assert.Equal("2028-03-11T12:00:00.000000Z", second[2]!.InlineString!.InnerText);

        await using var db = Factory.CreateDbContext();
        var recorded = await db.AuditEvents.AsNoTracking()
            .Where(e => e.Actor == auditor.Email && e.Action == "Exported").ToListAsync();
        var xlsx = Assert.Single(recorded, e => e.After!.Contains("\"xlsx\"", StringComparison.Ordinal));
        Assert.Equal("Export", xlsx.Entity);
        Assert.Equal("events 2028-03-10..2028-03-11", xlsx.EntityKey);
        using var after = JsonDocument.Parse(xlsx.After!);
        Assert.Equal(rows.Count - 1, after.RootElement.GetProperty("rows").GetInt32());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), after.RootElement.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task Revisions_and_reports_as_XLSX_keep_formula_like_text_exactly_as_text()
    {
        await Factory.OpenCycleAsync("2096-H1");
        var id = await Factory.ReportIdAsync("2096-H1", "DE", "I.2");
        await Factory.SaveAsync(id, new ReportContent(Completion.Limited, "=HYPERLINK(\"http://evil\")", "Next, \"more\".", "", ["https://example.org/a", "Decree 12"], null));
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var (revisions, revisionCells) = Read(await client.GetByteArrayAsync("/audit/export.xlsx?what=revisions"), 16);
        var (reports, _) = Read(await client.GetByteArrayAsync("/audit/export.xlsx?what=reports"), 15);
        var csvRevisions = CsvReader.Parse(await TextOfCsvAsync(client, "/audit/export.csv?what=revisions"));

        var revision = Assert.Single(revisions, r => r[1] == "2096-H1");
        Assert.Equal(["DE", "I.2", "1"], revision[2..5]);
        Assert.Equal("=HYPERLINK(\"http://evil\")", revision[10]);
        Assert.Equal("Next, \"more\".", revision[11]);
        Assert.Equal("https://example.org/a\nDecree 12", revision[13]);
        Assert.Null(revisionCells.Single(r => r[1]?.InnerText == "2096-H1")[10]!.CellFormula);
        Assert.Equal(csvRevisions[0], revisions[0]);
        Assert.Equal(Assert.Single(csvRevisions, r => r[1] == "2096-H1")[11..], revision[11..]);
        var report = Assert.Single(reports, r => r[1] == "2096-H1");
        Assert.Equal(["Draft", "Limited", "=HYPERLINK(\"http://evil\")"], report[4..7]);
    }

    [Fact]
    public async Task Focal_points_may_not_export_XLSX()
    {
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var response = await client.GetAsync("/audit/export.xlsx?what=reports");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Another_format_is_not_found_and_records_nothing()
    {
        var auditor = await Factory.CreateAsync(Roles.Auditor);
        using var client = await Factory.SignInAsync(auditor);

        using var response = await client.GetAsync("/audit/export.pdf?what=reports");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Actor == auditor.Email && e.Action == "Exported"));
    }

    [Fact]
    public void Characters_XML_cannot_hold_are_escaped_and_a_literal_escape_is_kept()
    {
        Assert.Equal("plain text", Web.Pages.Audit.Xlsx.Escape("plain text"));
        Assert.Equal("a_x0001_b", Web.Pages.Audit.Xlsx.Escape("a\u0001b"));
        Assert.Equal("_x005F_x0041_ and _xyz", Web.Pages.Audit.Xlsx.Escape("_x0041_ and _xyz"));
    }

    /// <summary>The first sheet's rows as text, each as wide as the header (a missing cell is empty), and its cells.</summary>
    private static (List<string[]> Rows, List<Cell?[]> Cells) Read(byte[] bytes, int width)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = new List<string[]>();
        var cells = new List<Cell?[]>();
        foreach (var row in sheet.GetFirstChild<SheetData>()!.Elements<Row>())
        {
            var texts = Enumerable.Repeat("", width).ToArray();
            var byColumn = new Cell?[width];
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnOf(cell.CellReference!.Value!);
                byColumn[column] = cell;
                texts[column] = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue!.Text;
            }

            rows.Add(texts);
            cells.Add(byColumn);
        }

        return (rows, cells);
    }

    private static int ColumnOf(string reference) =>
        reference.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1)) - 1;

    private static async Task<string> TextOfCsvAsync(HttpClient client, string address)
    {
        var bytes = await client.GetByteArrayAsync(address);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }
}
