using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Audit;
using ActionPlanTracker.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using static ActionPlanTracker.Web.Tests.Attachments.AttachmentForm;

namespace ActionPlanTracker.Web.Tests.Attachments;

/// <summary>Uploads and removals on the audit trail under the report's member, and the auditor's export of the documents' record.</summary>
public sealed class AttachmentAuditTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task Upload_and_removal_name_the_reports_member_and_report_on_the_trail_and_the_export_lists_the_document()
    {
        await Factory.OpenCycleAsync("2091-H1");
        var id = await Factory.ReportIdAsync("2091-H1", "FR", "I.1");
        using var client = await Factory.SignInAsAsync(Roles.FocalPoint, "FR");
        var bytes = Pdf("audited");
        using (var upload = await UploadAsync(client, id, "Annual report.pdf", bytes))
        {
            Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        }

        long attachmentId;
        await using (var db = Factory.CreateDbContext())
        {
            attachmentId = await db.Attachments.Where(a => a.ProgressReportId == id).Select(a => a.Id).SingleAsync();
        }

        using (var removed = await client.PostFormAsync($"/reports/{id}/attachments", [], $"/reports/{id}/attachments?handler=Remove&attachment={attachmentId}"))
        {
            Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        }

        await using (var db = Factory.CreateDbContext())
        {
            var france = await db.Members.Where(m => m.Code == "FR").Select(m => m.Id).SingleAsync();
            var events = await db.AuditEvents.AsNoTracking().Where(e => e.Entity == nameof(Attachment)).OrderBy(e => e.Sequence).ToListAsync();
            Assert.Equal(["Uploaded", "Removed"], events.Select(e => e.Action));
            Assert.All(events, e => Assert.Equal((france, $"{id}/Annual report.pdf"), (e.MemberId, e.EntityKey)));
        }

        using var auditor = await Factory.SignInAsAsync(Roles.Auditor);
        var trail = await auditor.GetStringAsync("/audit?entity=Attachment&member=FR");
        Assert.Contains($"{id}/Annual report.pdf", trail, StringComparison.Ordinal);
        Assert.Contains($"href=\"/reports/{id}/history\"", trail, StringComparison.Ordinal);

        var export = await auditor.GetByteArrayAsync("/audit/export.csv?what=attachments");
        var rows = CsvReader.Parse(Encoding.UTF8.GetString(export, 3, export.Length - 3));
        Assert.Equal(
            ["attachment_id", "report_id", "cycle", "member", "commitment", "file_name", "content_type", "size_bytes", "sha256",
             "uploaded_by", "uploaded_at", "removed_by", "removed_at"],
            rows[0]);
        var row = Assert.Single(rows.Skip(1));
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Equal(
            [attachmentId.ToString(CultureInfo.InvariantCulture), id.ToString(CultureInfo.InvariantCulture), "2091-H1", "FR", "I.1", "Annual report.pdf", "application/pdf",
             bytes.Length.ToString(CultureInfo.InvariantCulture), sha],
            row[..9]);
        Assert.False(string.IsNullOrEmpty(row[9]));
        Assert.Equal(row[9], row[11]);
        Assert.False(string.IsNullOrEmpty(row[12]));
        Assert.DoesNotContain("JVBER", Encoding.UTF8.GetString(export), StringComparison.Ordinal);

        var outside = CsvReader.Parse(await auditor.GetStringAsync("/audit/export.csv?what=attachments&from=2001-01-01&to=2001-01-31"));
        Assert.Single(outside);
        using var xlsx = await auditor.GetAsync("/audit/export.xlsx?what=attachments");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        await using var after = Factory.CreateDbContext();
        Assert.Equal(3, await after.AuditEvents.CountAsync(e => e.Entity == "Export" && e.EntityKey.StartsWith("attachments")));
    }
}
