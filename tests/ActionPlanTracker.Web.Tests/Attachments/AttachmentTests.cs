using System.Net;
using System.Security.Cryptography;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;
using static ActionPlanTracker.Web.Tests.Attachments.AttachmentForm;

namespace ActionPlanTracker.Web.Tests.Attachments;

public sealed class AttachmentTests(AppFixture app, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    private async Task<byte[]?> StoredBytesAsync(long id)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT bytes FROM attachment_contents WHERE attachment_id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return (byte[]?)await command.ExecuteScalarAsync();
    }

    /// <summary>The page promises 200 characters; the name is stored and audited (as report/name) without a server error at every length up to it.</summary>
    [Theory]
    [InlineData(196, "2081-H1")]
    [InlineData(200, "2081-H2")]
    public async Task A_file_name_as_long_as_the_page_allows_is_stored(int length, string cycle)
    {
        await Factory.OpenCycleAsync(cycle);
        var id = await Factory.ReportIdAsync(cycle, "FR", "I.1");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        var name = new string('n', length - ".pdf".Length) + ".pdf";

        using var response = await UploadAsync(client, id, name, Pdf());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(name, (await db.Attachments.SingleAsync(a => a.ProgressReportId == id)).FileName);
    }

    [Fact]
    public async Task Focal_point_uploads_a_document_that_only_the_reports_readers_can_download()
    {
        await Factory.OpenCycleAsync("2071-H1");
        var id = await Factory.ReportIdAsync("2071-H1", "FR", "I.1");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        var bytes = Pdf();

        var form = WebUtility.HtmlDecode(await client.GetStringAsync($"/reports/{id}/attachments"));
        using var response = await UploadAsync(client, id, "Rapport annuel été.pdf", bytes);

        Assert.Contains("Files are not checked for malware on this server", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Contains(sha, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        var stored = await db.Attachments.AsNoTracking().SingleAsync(a => a.ProgressReportId == id);
        Assert.Equal(("Rapport annuel été.pdf", "application/pdf", (long)bytes.Length, sha), (stored.FileName, stored.ContentType, stored.Size, stored.Sha256));
        Assert.Equal(bytes, await StoredBytesAsync(stored.Id));
        var uploaded = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Entity == nameof(Attachment) && e.Action == nameof(AuditAction.Uploaded));
        Assert.Contains(sha, uploaded.After, StringComparison.Ordinal);
        Assert.DoesNotContain("JVBER", uploaded.After, StringComparison.Ordinal);

        using var download = await client.GetAsync($"/attachments/{stored.Id}");
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Rapport annuel été.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());

        using var germany = await Factory.SignInAsAsync(Roles.FocalPoint, "DE");
        using var auditor = await Factory.SignInAsAsync(Roles.Auditor);
        Assert.Equal(HttpStatusCode.NotFound, (await germany.GetAsync($"/attachments/{stored.Id}")).StatusCode);
        Assert.Equal(bytes, await auditor.GetByteArrayAsync($"/attachments/{stored.Id}"));
    }

    [Theory]
    [InlineData(2072, "report.pdf", "text", "The content of report.pdf is not a PDF file, whatever its name says.")]
    [InlineData(2073, "archive.docx", "zip", "The content of archive.docx is not a DOCX file, whatever its name says.")]
    [InlineData(2074, "empty.pdf", "empty", "empty.pdf is empty: there is nothing in it to keep.")]
    [InlineData(2075, "../../etc/passwd.pdf", "pdf", "The file name contains a path (/, \\ or :).")]
    [InlineData(2076, "C:\\Users\\me\\report.pdf", "pdf", "The file name contains a path (/, \\ or :).")]
    [InlineData(2077, "script.html", "pdf", "Only PDF, DOCX, XLSX, ODT, PNG or JPEG files are accepted; \".html\" is not one of them.")]
    [InlineData(2078, "image.png", "pdf", "The content of image.png is not a PNG file, whatever its name says.")]
    public async Task Bad_files_are_refused_with_a_clear_message_and_nothing_stored(int year, string name, string kind, string message)
    {
        var code = $"{year}-H1";
        await Factory.OpenCycleAsync(code);
        var id = await Factory.ReportIdAsync(code, "FR", "I.2");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        var bytes = kind switch
        {
            "text" => "<script>alert(1)</script>"u8.ToArray(),
            "zip" => Zip(("readme.txt", "not a document")),
            "empty" => [],
            _ => Pdf(),
        };

        using var response = await UploadAsync(client, id, name, bytes);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Attachments.AnyAsync(a => a.ProgressReportId == id));
    }

    [Fact]
    public async Task A_real_docx_and_png_are_accepted()
    {
        await Factory.OpenCycleAsync("2095-H1");
        var id = await Factory.ReportIdAsync("2095-H1", "FR", "I.3");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");

        using var docx = await UploadAsync(client, id, "minutes.docx", Docx());
        using var png = await UploadAsync(client, id, "photo.PNG", Png());

        await using var db = Factory.CreateDbContext();
        Assert.Equal(
            ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/png"],
            await db.Attachments.Where(a => a.ProgressReportId == id).OrderBy(a => a.Id).Select(a => a.ContentType).ToListAsync());
    }

    [Fact]
    public async Task A_file_above_the_limit_is_refused_and_a_20_MB_upload_is_streamed()
    {
        await Factory.OpenCycleAsync("2096-H1");
        var id = await Factory.ReportIdAsync("2096-H1", "FR", "I.4");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        var limit = 20 * 1024 * 1024;
        var big = new byte[limit];
        Pdf().CopyTo(big, 0);
        new Random(18).NextBytes(big.AsSpan(100));

        using var tooLarge = await UploadAsync(client, id, "too-large.pdf", [.. big, 1]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("at most 20 MB is accepted", await tooLarge.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        using var accepted = await UploadAsync(client, id, "exactly-20-MB.pdf", big);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        output.WriteLine($"Allocated during a 20 MB upload (test client and server together): {allocated / (1024 * 1024)} MB");

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await using var db = Factory.CreateDbContext();
        var stored = await db.Attachments.AsNoTracking().SingleAsync(a => a.ProgressReportId == id);
        Assert.Equal(limit, stored.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(big)), stored.Sha256);
        Assert.Equal(big, await client.GetByteArrayAsync($"/attachments/{stored.Id}"));
    }

    [Fact]
    public async Task Removing_is_recorded_and_refused_once_the_report_is_approved()
    {
        await Factory.OpenCycleAsync("2097-H1");
        var id = await Factory.ReportIdAsync("2097-H1", "FR", "I.5");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        using var first = await UploadAsync(client, id, "first.pdf", Pdf("first"));
        using var second = await UploadAsync(client, id, "second.pdf", Pdf("second"));
        long[] ids;
        await using (var db = Factory.CreateDbContext())
        {
            ids = [.. await db.Attachments.Where(a => a.ProgressReportId == id).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync()];
        }

        using var removed = await client.PostFormAsync($"/reports/{id}/attachments", [], $"/reports/{id}/attachments?handler=Remove&attachment={ids[0]}");
        await Factory.SubmitAsync(id, ReportData.Content("Done."));
        await Factory.ChangeAsync(id, (report, cycle) => report.Approve(cycle, ReportData.Secretariat, DateTimeOffset.UtcNow));
        using var refused = await client.PostFormAsync($"/reports/{id}/attachments", [], $"/reports/{id}/attachments?handler=Remove&attachment={ids[1]}");

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("The report is approved: its evidence documents can no longer be removed.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var check = Factory.CreateDbContext();
        var stored = await check.Attachments.AsNoTracking().Where(a => a.ProgressReportId == id).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([true, false], stored.Select(a => a.IsRemoved));
        Assert.Equal(1, await check.AuditEvents.CountAsync(e => e.Entity == nameof(Attachment) && e.Action == nameof(AuditAction.Removed)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/attachments/{ids[0]}")).StatusCode);
    }
}
