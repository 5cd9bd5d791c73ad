using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Infrastructure;
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
        var (rows, cells) = Read(bytes);
        // The same rows as the CSV; the header in words for people, the times as dates.
        Assert.Equal(csv.Skip(1), rows.Skip(1));
        Assert.Equal(["Event", "Sequence", "Time (UTC)", "By", "What", "Which", "Action", "Member", "Before", "After", "Previous hash", "Hash"], rows[0]);
        Assert.NotNull(Assert.Single(cells[0].Where(c => c is not null).Select(c => c!.StyleIndex?.Value).Distinct()));
        Assert.NotNull(SheetFilter(bytes));
        Assert.Equal([ids[0], ids[1]], rows.Skip(1).Where(r => r[3] == actor).Select(r => long.Parse(r[0], CultureInfo.InvariantCulture)));
        var second = cells.Single(r => r[0]?.CellValue?.Text == ids[1].ToString(CultureInfo.InvariantCulture));
        Assert.Equal(CellValues.Number, second[0]!.DataType!.Value);
        Assert.Null(second[2]!.DataType);
        Assert.Equal(Web.Documents.SheetParts.DateTimeStyle, second[2]!.StyleIndex!.Value);
        Assert.Equal(new DateTime(2028, 3, 11, 12, 0, 0), DateTime.FromOADate(double.Parse(second[2]!.CellValue!.Text, CultureInfo.InvariantCulture)));
        Assert.Null(second[7]);

        await using var db = Factory.CreateDbContext();
        var recorded = await db.AuditEvents.AsNoTracking()
            .Where(e => e.Actor == auditor.Email && e.Action == nameof(AuditAction.Exported)).ToListAsync();
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

        var (revisions, revisionCells) = Read(await client.GetByteArrayAsync("/audit/export.xlsx?what=revisions"));
        var (reports, _) = Read(await client.GetByteArrayAsync("/audit/export.xlsx?what=reports"));
        var csvRevisions = CsvReader.Parse(await TextOfCsvAsync(client, "/audit/export.csv?what=revisions"));

        var revision = Assert.Single(revisions, r => r[1] == "2096-H1");
        Assert.Equal(["DE", "I.2", "1"], revision[2..5]);
        Assert.Equal("=HYPERLINK(\"http://evil\")", revision[10]);
        Assert.Equal("Next, \"more\".", revision[11]);
        Assert.Equal("https://example.org/a\nDecree 12", revision[13]);
        Assert.Null(revisionCells.Single(r => r[1]?.InnerText == "2096-H1")[10]!.CellFormula);
        Assert.Equal("Report", revisions[0][0]);
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
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Actor == auditor.Email && e.Action == nameof(AuditAction.Exported)));
    }

    [Fact]
    public void Characters_XML_cannot_hold_are_escaped_and_a_literal_escape_is_kept()
    {
        Assert.Equal("plain text", Web.Pages.Audit.Xlsx.Escape("plain text"));
        Assert.Equal("a_x0001_b", Web.Pages.Audit.Xlsx.Escape("a\u0001b"));
        Assert.Equal("_x005F_x0041_ and _xyz", Web.Pages.Audit.Xlsx.Escape("_x0041_ and _xyz"));
    }

    /// <summary>The first sheet's rows as text, each as wide as the header (a missing cell is empty), and its cells.</summary>
    /// <summary>The filter on the header row, or null.</summary>
    private static string? SheetFilter(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        return document.WorkbookPart!.WorksheetParts.Single().Worksheet.GetFirstChild<AutoFilter>()?.Reference?.Value;
    }

    private static (IReadOnlyList<string[]> Rows, IReadOnlyList<Cell?[]> Cells) Read(byte[] bytes)
    {
        var (_, rows, cells) = XlsxReader.Sheets(bytes)[0];
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
