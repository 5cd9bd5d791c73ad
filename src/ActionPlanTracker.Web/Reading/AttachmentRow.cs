using System.Globalization;
using ActionPlanTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Reading;

/// <summary>One evidence document as the lists show it: name, type, size, SHA-256, who uploaded it and when.</summary>
public sealed record AttachmentRow(long Id, string FileName, string ContentType, long Size, string Sha256, string UploadedBy, DateTimeOffset UploadedAt)
{
    public string UploadedText => UploadedAt.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.CurrentCulture);

    /// <summary>The report's documents that were not removed, oldest first.</summary>
    public static Task<List<AttachmentRow>> ForReportAsync(ActionPlanDbContext db, int reportId, CancellationToken cancellationToken) =>
        db.Attachments.AsNoTracking().Where(a => a.ProgressReportId == reportId && a.RemovedAt == null).OrderBy(a => a.Id)
            .Select(a => new AttachmentRow(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedBy, a.UploadedAt))
            .ToListAsync(cancellationToken);
}
