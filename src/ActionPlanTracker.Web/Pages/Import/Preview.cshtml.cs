using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Data.Import;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Import;

/// <summary>What an upload would change, row by row, with every error; confirming saves all of it in one transaction.</summary>
[Authorize(Policy = Policies.FileReports)]
public sealed class PreviewModel(ActionPlanDbContext db, UserManager<ApplicationUser> users, TimeProvider clock) : PageModel
{
    public const string ChangedSincePreview =
        "Your reports changed since you saw the preview, so nothing was saved. Check the changes below, then confirm again.";

    public const string ConflictMessage =
        "Someone saved one of these reports while you were confirming, so nothing was saved. Check the changes below, then confirm again.";

    public string FileName { get; private set; } = "";

    public ImportPlan.Planned Plan { get; private set; } = new([], []);

    public bool CanConfirm => Plan.Errors.Count == 0 && Plan.Changes.Any();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } upload)
        {
            return NotFound();
        }

        FileName = upload.FileName;
        Plan = await ImportPlan.MakeAsync(db, ImportSheet.Read(upload.Content), upload.MemberId, track: false, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } upload)
        {
            return NotFound();
        }

        FileName = upload.FileName;
        Plan = await ImportPlan.MakeAsync(db, ImportSheet.Read(upload.Content), upload.MemberId, track: true, cancellationToken);
        if (!CanConfirm)
        {
            return Refused(Plan.Errors.Count > 0 ? "The file has errors: nothing was saved. Correct them in the spreadsheet and upload it again." : "There is nothing to save.");
        }

        var hash = Plan.Hash();
        if (hash != upload.PreviewHash)
        {
            upload.PreviewHash = hash;
            await db.SaveChangesAsync(cancellationToken);
            return Refused(ChangedSincePreview);
        }

        var actor = User.Identity!.Name!;
        var now = clock.GetUtcNow();
        var changes = Plan.Changes.ToList();
        try
        {
            // The report form's own domain method, one revision and one audit event per report, all in one transaction.
            foreach (var change in changes)
            {
                change.Report!.SaveDraft(change.Cycle!, change.Content!, actor, now);
            }

            db.ImportUploads.Remove(upload);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainRuleException refusal)
        {
            return await ReloadedAsync(upload, refusal.Message, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ReloadedAsync(upload, ConflictMessage, cancellationToken);
        }

        TempData["Notice"] = changes.Count == 1
            ? $"1 report is saved as a draft from {FileName}."
            : $"{changes.Count} reports are saved as drafts from {FileName}.";
        return RedirectToPage("/Reports/Index", new { cycle = changes[0].Cycle!.Code });
    }

    /// <summary>This user's upload, while it waits for confirmation and while they still report for its member.</summary>
    private Task<ImportUpload?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(User);
        var memberId = User.MemberId();
        var since = clock.GetUtcNow() - IndexModel.UploadLifetime;
        return db.ImportUploads.SingleOrDefaultAsync(u => u.Id == id && u.UserId == userId && u.MemberId == memberId && u.CreatedAt > since, cancellationToken);
    }

    private async Task<IActionResult> ReloadedAsync(ImportUpload upload, string message, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        Plan = await ImportPlan.MakeAsync(db, ImportSheet.Read(upload.Content), upload.MemberId, track: false, cancellationToken);
        await db.ImportUploads.Where(u => u.Id == upload.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreviewHash, Plan.Hash()), cancellationToken);
        return Refused(message);
    }

    private PageResult Refused(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
