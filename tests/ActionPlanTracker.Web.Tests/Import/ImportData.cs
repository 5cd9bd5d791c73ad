using System.Net.Http.Headers;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Pages.Import;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Import;

/// <summary>Spreadsheets made for the import tests, and the upload as a browser sends it.</summary>
public static class ImportData
{
    public static readonly DateTimeOffset At = new(2030, 5, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Opens the cycle; France's I.2 is approved, I.3 submitted, I.4 a saved draft; the others are empty.</summary>
    public static async Task OpenCycleWithReportsAsync(this AppFactory factory, string code)
    {
        await factory.OpenCycleAsync(code);
        await using var db = factory.CreateDbContext();
        var cycle = await db.Cycles.SingleAsync(c => c.Code == code);
        var content = new ReportContent(Completion.Limited, "Saved before.", "", "", [], null);
        var approved = await ReportAsync(db, cycle, "FR", "I.2");
        approved.SaveDraft(cycle, content, "fp@example.org", At);
        approved.Submit(cycle, "fp@example.org", At);
        approved.Approve(cycle, "secretariat@example.org", At);
        var submitted = await ReportAsync(db, cycle, "FR", "I.3");
        submitted.SaveDraft(cycle, content, "fp@example.org", At);
        submitted.Submit(cycle, "fp@example.org", At);
        (await ReportAsync(db, cycle, "FR", "I.4")).SaveDraft(cycle, content, "fp@example.org", At);
        await db.SaveChangesAsync();
    }

    public static Task<ProgressReport> ReportAsync(ActionPlanDbContext db, ReportingCycle cycle, string member, string commitment) =>
        db.Reports.SingleAsync(r => r.CycleId == cycle.Id
            && r.MemberId == db.Members.Single(m => m.Code == member).Id
            && r.CommitmentId == db.Commitments.Single(c => c.Code == commitment).Id);

    public static async Task<ProgressReport> ReportAsync(this AppFactory factory, string cycle, string member, string commitment)
    {
        await using var db = factory.CreateDbContext();
        return await ReportAsync(db, await db.Cycles.SingleAsync(c => c.Code == cycle), member, commitment);
    }

    /// <summary>A row as the template writes it; <paramref name="revision"/> blank as in a row typed by hand.</summary>
    public static string[] Row(
        string cycle, string commitment, string completion = "Substantial", string narrative = "Imported narrative.", string member = "FR",
        string evidence = "https://example.org/evidence.pdf", string reason = "", string revision = "") =>
        [cycle, member, commitment, "title", "Draft", completion, reason, narrative, "Next steps.", "", evidence, revision];

    public static byte[] Workbook(params string[][] rows) => ImportSheet.Write("Reports", rows);

    /// <summary>The workbook with <paramref name="reference"/> turned into a formula cell (its cached value kept).</summary>
    public static byte[] WithFormula(byte[] file, string reference, string formula) =>
        Edit(file, reference, cell =>
        {
            var text = cell.InnerText;
            cell.RemoveAllChildren();
            cell.DataType = CellValues.String;
            cell.Append(new CellFormula(formula), new CellValue(text));
        });

    public static byte[] WithText(byte[] file, string reference, string text) =>
        Edit(file, reference, cell =>
        {
            cell.RemoveAllChildren();
            cell.DataType = CellValues.InlineString;
            cell.Append(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)));
        });

    private static byte[] Edit(byte[] file, string reference, Action<Cell> change)
    {
        using var stream = new MemoryStream();
        stream.Write(file);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var sheet = document.WorkbookPart!.WorksheetParts.First().Worksheet;
            change(sheet.Descendants<Cell>().Single(c => c.CellReference == reference));
        }

        return stream.ToArray();
    }

    /// <summary>Uploads the file through the import form, as a browser does; follows the redirect to the preview.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, byte[] file, string name = "reports.xlsx")
    {
        var token = await client.GetTokenAsync("/import");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), Forms.TokenField);
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(part, "Input.File", name);
        return await client.PostAsync("/import", content);
    }

    /// <summary>Confirms the preview the response shows, choosing the file's text for the conflicting rows <paramref name="use"/>.</summary>
    public static Task<HttpResponseMessage> ConfirmAsync(this HttpClient client, HttpResponseMessage preview, params int[] use) =>
        client.PostFormAsync(preview.RequestMessage!.RequestUri!.PathAndQuery, [.. use.Select(row => ("Use", row.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
}
