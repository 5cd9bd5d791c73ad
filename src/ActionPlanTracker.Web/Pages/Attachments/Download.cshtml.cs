using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Attachments;
using ActionPlanTracker.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace ActionPlanTracker.Web.Pages.Attachments;

/// <summary>
/// Serves one evidence document to those who may read its report (its member's focal points, the secretariat, auditors,
/// administrators), always as a download and never sniffed, streamed from the database to the response.
/// </summary>
[Authorize]
public sealed class DownloadModel(ActionPlanDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var viewer = Viewer.Of(User);
        var document = await db.Attachments.AsNoTracking()
            .Where(a => a.Id == id && a.RemovedAt == null)
            .Where(ReportVisibility.WholeRecord(viewer.ReadsAll, viewer.OwnMemberId).Through((Attachment a) => a.Report!))
            .Select(a => new { a.FileName, a.ContentType, a.Size })
            .SingleOrDefaultAsync(cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(document.FileName);
        Response.ContentType = document.ContentType;
        Response.ContentLength = document.Size;
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        await AttachmentStore.CopyToAsync(db, id, Response.Body, cancellationToken);
        return new EmptyResult();
    }
}
