using System.Security.Cryptography;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Attachments;
using ActionPlanTracker.Web.Reading;
using ActionPlanTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Attachments;

/// <summary>A focal point's evidence documents on one report: the list, upload, removal.</summary>
[Authorize(Policy = Policies.FileReports)]
[AttachmentLimits]
public sealed class IndexModel(
    ActionPlanDbContext db, TimeProvider clock, IConfiguration configuration, MalwareScanner scanner, IStringLocalizer<AttachmentsResources> text) : PageModel
{
    /// <summary>The file chosen in the form; large files are buffered to disk by the framework, never held in memory.</summary>
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public int ReportId { get; private set; }

    public string Title { get; private set; } = "";

    public bool IsEditable { get; private set; }

    public IReadOnlyList<AttachmentRow> Attachments { get; private set; } = [];

    public long MaxBytes => AttachmentStore.MaxBytes(configuration);

    public string MaxText => text["Upload.Megabytes", MaxBytes / (1024.0 * 1024.0)].Value;

    /// <summary>Whether uploads are checked for malware here; the form says which, so nothing is stored unscanned unannounced.</summary>
    public bool IsScanned => scanner.IsConfigured;

    private int MemberId => User.MemberId() ?? 0;

    private string Actor => User.Identity!.Name!;

    public async Task<IActionResult> OnGetAsync(int id, string? refused, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // Sent back here by AttachmentLimits: the upload was too large to be read at all.
        if (refused == AttachmentLimitsAttribute.TooLarge)
        {
            ModelState.AddModelError(nameof(Upload), TooLargeMessage(null));
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindOwnAsync(id, cancellationToken) is not var (report, cycle))
        {
            return NotFound();
        }

        var file = Upload;
        if (file is null || file.Length == 0 || file.Length > MaxBytes)
        {
            var tooLarge = file is not null && file.Length > MaxBytes;
            var message = file is null ? text["Upload.ChooseFile"].Value
                : file.Length == 0 ? text["Upload.Empty", file.FileName].Value
                : TooLargeMessage(file.Length);
            return await RefusedAsync(id, message, tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest, cancellationToken);
        }

        var (name, nameProblem) = FileNames.Clean(file.FileName, text);
        if (name is null)
        {
            return await RefusedAsync(id, nameProblem!, StatusCodes.Status400BadRequest, cancellationToken);
        }

        await using var content = file.OpenReadStream();
        var (type, typeProblem) = FileSignature.Check(name, content, text);
        if (type is null)
        {
            return await RefusedAsync(id, typeProblem!, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
        content.Position = 0;
        if (scanner.IsConfigured && await ScanAsync(report, name, content, file.Length, sha256, cancellationToken) is { } scanRefusal)
        {
            return await RefusedAsync(id, scanRefusal.Message, scanRefusal.Status, cancellationToken);
        }

        try
        {
            // The row (audited, without the bytes) and the bytes commit together or not at all; a transient fault
            // replays both in a new transaction (the store rewinds the upload).
            await db.InTransactionAsync(
                async transaction =>
                {
                    var attachment = new Attachment(report, cycle, name, type, file.Length, sha256, Actor, clock.GetUtcNow());
                    db.Attachments.Add(attachment);
                    await db.SaveChangesAsync(cancellationToken);
                    await AttachmentStore.WriteAsync(db, attachment.Id, content, file.Length, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return attachment.Id;
                },
                cancellationToken);
        }
        catch (DomainRuleException refusal)
        {
            return await RefusedAsync(id, refusal.Message, StatusCodes.Status409Conflict, cancellationToken);
        }

        TempData["Notice"] = text["Upload.Attached", name, sha256].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, long attachment, CancellationToken cancellationToken)
    {
        if (await FindOwnAsync(id, cancellationToken) is not var (report, cycle))
        {
            return NotFound();
        }

        var document = await db.Attachments.SingleOrDefaultAsync(a => a.Id == attachment && a.ProgressReportId == id && a.RemovedAt == null, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        try
        {
            document.Remove(report, cycle, Actor, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainRuleException refusal)
        {
            return await RefusedAsync(id, refusal.Message, StatusCodes.Status409Conflict, cancellationToken);
        }

        TempData["Notice"] = text["Remove.Removed", document.FileName].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// Scans the upload before anything is stored; null when it is clean. An infected file is refused and the refusal
    /// audited (with its fingerprint and the signature found, never its bytes); a scanner that does not answer (after
    /// the configured wait) refuses the upload too.
    /// </summary>
    private async Task<(string Message, int Status)?> ScanAsync(ProgressReport report, string name, Stream content, long size, string sha256, CancellationToken cancellationToken)
    {
        var scan = await scanner.ScanAsync(content, cancellationToken);
        switch (scan.Verdict)
        {
            case ScanVerdict.Clean:
                return null;
            case ScanVerdict.Infected:
                var now = clock.GetUtcNow();
                var key = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{report.Id}/{name}");
                var after = System.Text.Json.JsonSerializer.Serialize(new { FileName = name, Size = size, Sha256 = sha256, Found = scan.Detail });
                db.AuditEvents.Add(new AuditEvent(now.AddTicks(-(now.Ticks % 10)), Actor, nameof(Attachment), key, AuditAction.MalwareRefused, report.MemberId, null, after));
                await db.SaveChangesAsync(CancellationToken.None);
                return (text["Upload.Infected", name, scan.Detail!].Value, StatusCodes.Status422UnprocessableEntity);
            case ScanVerdict.NotScannable:
                return (text["Upload.NotScannable", name, scan.Detail!].Value, StatusCodes.Status422UnprocessableEntity);
            default:
                return (text["Upload.ScannerUnavailable", name].Value, StatusCodes.Status503ServiceUnavailable);
        }
    }

    private string TooLargeMessage(long? size) => size is { } bytes
        ? text["Upload.TooLarge", MaxText, bytes / (1024.0 * 1024.0)]
        : text["Upload.TooLargeNothingSaved", MaxText];

    /// <summary>The report (tracked, to be checked by the domain) and its cycle, when it is this member's; null otherwise.</summary>
    private async Task<(ProgressReport, ReportingCycle)?> FindOwnAsync(int id, CancellationToken cancellationToken)
    {
        var found = await db.Reports.Include(r => r.Cycle).SingleOrDefaultAsync(r => r.Id == id && r.MemberId == MemberId, cancellationToken);
        return found is { Cycle: { } cycle } ? (found, cycle) : null;
    }

    private async Task<IActionResult> RefusedAsync(int id, string message, int status, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id, cancellationToken);
        ModelState.AddModelError(nameof(Upload), message);
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var report = await (
            from r in db.Reports.AsNoTracking()
            where r.Id == id && r.MemberId == MemberId
            select new { r.Commitment!.Code, Cycle = r.Cycle!.Code, CycleState = r.Cycle.State, r.State })
            .SingleOrDefaultAsync(cancellationToken);
        if (report is null)
        {
            return false;
        }

        ReportId = id;
        Title = $"{report.Code} · {report.Cycle}";
        IsEditable = report.CycleState is CycleState.Open or CycleState.UnderReview && report.State is ReviewState.Draft or ReviewState.Returned;
        Attachments = await AttachmentRow.ForReportAsync(db, id, cancellationToken);
        return true;
    }
}
