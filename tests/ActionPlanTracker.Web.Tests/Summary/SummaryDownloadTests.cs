using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Pages.Summary.Documents;
using ActionPlanTracker.Web.Tests.Audit;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Html = ActionPlanTracker.Web.Tests.Dashboard.DashboardData;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace ActionPlanTracker.Web.Tests.Summary;

/// <summary>/cycles/{cycle}/summary.{csv,xlsx,…}: each format read back, byte-identical builds, and each download recorded.</summary>
public sealed class SummaryDownloadTests(AppFixture app) : IClassFixture<AppFixture>
{
    public static TheoryData<string> Formats => new() { "csv", "xlsx", "docx", "pdf" };

    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task The_CSV_has_one_row_per_member_and_commitment_with_every_field()
    {
        var cycle = await SummaryData.CreateAsync(Factory, 2051);
        using var client = await Factory.SignInAsAsync(Roles.Auditor);

        var rows = CsvReader.Parse(SummaryData.Utf8WithoutBom(await SummaryData.DownloadAsync(client, $"/cycles/{cycle}/summary.csv?asOf={SummaryData.Now()}")));

        var codes = await SummaryData.CommitmentCodesAsync(Factory);
        var members = await SummaryData.MembersAsync(Factory);
        Assert.Equal("cycle", rows[0][0]);
        Assert.Equal(codes.Count * members.Count, rows.Count - 1);
        Assert.All(codes, code => Assert.Equal(members.Select(m => m.Code), rows.Where(r => r[4] == code).Select(r => r[1])));
        var germany = Assert.Single(rows, r => r[1] == "DE" && r[4] == "I.1");
        Assert.Equal([cycle, "DE", "Germany", "I", "I.1"], germany[..5]);
        Assert.Equal(["Complete", "Submitted", "yes", "New", "Law adopted, \"in force\", 1 May.\nSecond line."], germany[6..11]);
        Assert.Equal(ReviewDataActor, germany[16]);
        var france = Assert.Single(rows, r => r[1] == "FR" && r[4] == "I.1");
        Assert.Equal(["Substantial", "Approved", "no", "Improved"], france[6..10]);
        var italy = Assert.Single(rows, r => r[1] == "IT" && r[4] == "I.2");
        Assert.Equal("No sea border on that route.", italy[14]);
        var japan = Assert.Single(rows, r => r[1] == "JP" && r[4] == "I.1");
        Assert.Equal(["No report", "No report", "no", ""], japan[6..10]);
    }

    [Fact]
    public async Task The_XLSX_holds_the_same_rows_and_opens_with_the_Open_XML_SDK()
    {
        var cycle = await SummaryData.CreateAsync(Factory, 2052);
        using var client = await Factory.SignInAsAsync(Roles.Secretariat);

        var bytes = await SummaryData.DownloadAsync(client, $"/cycles/{cycle}/summary.xlsx?asOf={SummaryData.Now()}");

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Select(r => r.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToArray()).ToList();
        var codes = await SummaryData.CommitmentCodesAsync(Factory);
        var members = await SummaryData.MembersAsync(Factory);
        Assert.Equal(codes.Count * members.Count, rows.Count - 1);
        Assert.All(codes, code => Assert.Equal(members.Select(m => m.Name), rows.Where(r => r[4] == code).Select(r => r[2])));
        var germany = Assert.Single(rows, r => r[1] == "DE" && r[4] == "I.1");
        Assert.Equal("Law adopted, \"in force\", 1 May.\nSecond line.", germany[10]);
    }

    [Fact]
    public async Task The_DOCX_has_Word_headings_for_pillars_and_commitments_tables_and_the_fingerprint()
    {
        var cycle = await SummaryData.CreateAsync(Factory, 2053);
        using var client = await Factory.SignInAsAsync(Roles.Administrator);
        var asOf = SummaryData.Now();
        var html = await Html.PageAsync(client, $"/cycles/{cycle}/summary?asOf={asOf}");

        var bytes = await SummaryData.DownloadAsync(client, $"/cycles/{cycle}/summary.docx?asOf={asOf}");

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Word.Style>().Select(x => x.StyleId?.Value).ToList();
        Assert.Contains("Heading1", styles);
        Assert.Contains("Heading2", styles);
        var paragraphs = main.Document!.Body!.Elements<Word.Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText)).ToList();
        var codes = await SummaryData.CommitmentCodesAsync(Factory);
        var headings2 = paragraphs.Where(p => p.Style == "Heading2").Select(p => p.Text).ToList();
        Assert.All(codes, code => Assert.Contains(headings2, h => h.StartsWith(code + " ", StringComparison.Ordinal) || h == code));
        Assert.Contains(paragraphs, p => p.Style == "Heading1" && p.Text.StartsWith("Pillar I:", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Style == "Heading3" && p.Text == "Germany (provisional)");
        var tables = main.Document.Body.Elements<Word.Table>().ToList();
        var members = await SummaryData.MembersAsync(Factory);
        var i1 = tables.Single(t => t.InnerText.Contains("Complete (Submitted, provisional)", StringComparison.Ordinal));
        Assert.Equal(members.Select(m => m.Name), i1.Elements<Word.TableRow>().Skip(1).Select(r => r.Elements<Word.TableCell>().First().InnerText));
        Assert.Contains(Html.TextOf(html, "fingerprint")!, tables[0].InnerText, StringComparison.Ordinal);
        Assert.Contains(Html.TextOf(html, "chain-head")!, tables[0].InnerText, StringComparison.Ordinal);

        var body = main.Document.Body.ChildElements.ToList();
        foreach (var (caption, rows) in new[] { ("Completion by pillar (chart)", paragraphs.Count(p => p.Style == "Heading1" && p.Text.StartsWith("Pillar ", StringComparison.Ordinal))), ("Completion by member (chart)", members.Count) })
        {
            var at = body.FindIndex(e => e is Word.Paragraph && e.InnerText == caption);
            Assert.True(at >= 0, $"no \"{caption}\" in the DOCX");
            var chart = Assert.IsType<Word.Table>(body[at + 1]);
            Assert.Equal(Word.TableLayoutValues.Fixed, chart.GetFirstChild<Word.TableProperties>()!.TableLayout!.Type!.Value);
            var chartRows = chart.Elements<Word.TableRow>().ToList();
            Assert.Equal(rows + 1, chartRows.Count);
            var shaded = chart.Descendants<Word.Shading>().Select(x => x.Fill!.Value).ToList();
            Assert.Contains("A33A3A", shaded);
            var legend = chartRows[^1].Elements<Word.TableCell>().Select(c => c.InnerText).ToList();
            Assert.All(SummaryFormat.LevelColumns, level => Assert.Contains(level, legend));
        }
    }

    [Fact]
    public async Task The_PDF_reads_back_with_pdftotext_with_every_commitment_page_numbers_and_the_fingerprint()
    {
        var cycle = await SummaryData.CreateAsync(Factory, 2054);
        using var client = await Factory.SignInAsAsync(Roles.Auditor);
        var asOf = SummaryData.Now();
        var html = await Html.PageAsync(client, $"/cycles/{cycle}/summary?asOf={asOf}");

        var bytes = await SummaryData.DownloadAsync(client, $"/cycles/{cycle}/summary.pdf?asOf={asOf}");

        var text = await PdfText.ExtractAsync(bytes);
        var codes = await SummaryData.CommitmentCodesAsync(Factory);
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        Assert.All(codes, code => Assert.Contains(lines, l => l.StartsWith(code + " ", StringComparison.Ordinal) || l == code));
        Assert.All(await SummaryData.MembersAsync(Factory), m => Assert.Contains(m.Name, text, StringComparison.Ordinal));
        Assert.Contains(Html.TextOf(html, "fingerprint")!, text, StringComparison.Ordinal);
        Assert.Contains("Germany (provisional)", text, StringComparison.Ordinal);
        foreach (var (caption, next) in new[] { ("Completion by pillar (chart)", "Completion and submission by member"), ("Completion by member (chart)", "Commitments with no report") })
        {
            var start = text.IndexOf(caption, StringComparison.Ordinal);
            Assert.True(start >= 0, $"no \"{caption}\" in the PDF");
            var chart = text[start..text.IndexOf(next, start, StringComparison.Ordinal)];
            Assert.All(SummaryFormat.LevelColumns, level => Assert.Contains(level, chart, StringComparison.Ordinal));
        }

        Assert.Contains($"RLG progress summary · cycle {cycle} · data as of {asOf}", text, StringComparison.Ordinal);
        Assert.Matches(@"Page 1 of \d+", text);
        var raw = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.Contains("+DejaVu#20Sans", raw, StringComparison.Ordinal);
        Assert.Contains("/FontFile2", raw, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Two_builds_of_the_same_summary_are_byte_identical_and_each_download_is_recorded(string format)
    {
        var cycle = await SummaryData.CreateAsync(Factory, 2060 + Array.IndexOf(["csv", "xlsx", "docx", "pdf"], format));
        var asOf = SummaryData.Now();
        var auditor = await Factory.CreateAsync(Roles.Auditor);
        using var client = await Factory.SignInAsync(auditor);
        var address = $"/cycles/{cycle}/summary.{format}?asOf={asOf}";

        using var response = await client.GetAsync(address);
        var first = await response.Content.ReadAsByteArrayAsync();
        var second = await SummaryData.DownloadAsync(client, address);

        Assert.Equal($"rlg-progress-summary-{cycle}-en.{format}", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(first, second);
        await using var db = Factory.CreateDbContext();
        var recorded = await db.AuditEvents.AsNoTracking().Where(e => e.Actor == auditor.Email && e.Action == nameof(AuditAction.Exported)).ToListAsync();
        Assert.Equal(2, recorded.Count);
        Assert.All(recorded, e =>
        {
            Assert.Equal("Export", e.Entity);
            Assert.Equal($"summary {cycle} {format} en asOf {asOf}", e.EntityKey);
            using var after = JsonDocument.Parse(e.After!);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(first)), after.RootElement.GetProperty("sha256").GetString());
        });
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Focal_points_may_not_download_and_bad_requests_record_nothing(string format)
    {
        var cycle = await SummaryData.CreateAsync(Factory, 2070 + Array.IndexOf(["csv", "xlsx", "docx", "pdf"], format));
        var auditor = await Factory.CreateAsync(Roles.Auditor);
        using var client = await Factory.SignInAsync(auditor);
        using var focalPoint = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var refused = await focalPoint.GetAsync($"/cycles/{cycle}/summary.{format}");
        using var badAsOf = await client.GetAsync($"/cycles/{cycle}/summary.{format}?asOf=31/12/2026");
        using var unknown = await client.GetAsync($"/cycles/2099-H1/summary.{format}");
        using var otherFormat = await client.GetAsync($"/cycles/{cycle}/summary.odt");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badAsOf.StatusCode);
        var form = await badAsOf.Content.ReadAsStringAsync();
        Assert.Contains("Write \"as of\" as an ISO 8601 time", System.Net.WebUtility.HtmlDecode(form), StringComparison.Ordinal);
        Assert.Contains("value=\"31/12/2026\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherFormat.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Actor == auditor.Email && e.Action == nameof(AuditAction.Exported)));
    }

    private const string ReviewDataActor = Review.ReviewData.FocalPoint;
}
