using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Data.Import;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.ReportForms;
using ActionPlanTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Import;

/// <summary>What an upload would change, row by row, with every error; confirming saves all of it in one transaction.</summary>
[Authorize(Policy = Policies.FileReports)]
public sealed class PreviewModel(
    ActionPlanDbContext db, UserManager<ApplicationUser> users, TimeProvider clock,
    IStringLocalizer<ImportResources> text, IStringLocalizer<ReportFormResources> formText) : PageModel
{
    public string FileName { get; private set; } = "";

    public ImportPlan.Planned Plan { get; private set; } = new([], []);

    /// <summary>The rows (by their number in the sheet) whose text the focal point chose over text saved after their template.</summary>
    [BindProperty]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1002", Justification = "Model binding fills a List<T> it can add to.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2227", Justification = "Model binding sets the list.")]
    public List<int> Use { get; set; } = [];

    public bool CanConfirm => Plan.Errors.Count == 0 && Plan.Changes.Any();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } upload)
        {
            return NotFound();
        }

        FileName = upload.FileName;
        Plan = await MakePlanAsync(upload, track: false, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } upload)
        {
            return NotFound();
        }

        FileName = upload.FileName;
        Plan = await MakePlanAsync(upload, track: true, cancellationToken);
        if (!CanConfirm)
        {
            return Refused(Plan.Errors.Count > 0 ? text["Preview.HasErrors"] : text["Preview.NothingToSave"]);
        }

        var hash = Plan.Hash();
        if (hash != upload.PreviewHash)
        {
            upload.PreviewHash = hash;
            await db.SaveChangesAsync(cancellationToken);
            return Refused(text["Preview.ChangedSincePreview"]);
        }

        var changes = Plan.Applied(Use).ToList();
        if (changes.Count == 0)
        {
            return Refused(text["Preview.OnlyConflicts"]);
        }

        var actor = User.Identity!.Name!;
        var now = clock.GetUtcNow();
        var leftOut = Plan.Changes.Count() - changes.Count;
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
        catch (DbUpdateException exception) when (exception.IsConflict())
        {
            return await ReloadedAsync(upload, text["Preview.Conflict"], cancellationToken);
        }

        var saved = (changes.Count == 1 ? text["Preview.SavedOne", FileName] : text["Preview.SavedMany", changes.Count, FileName]).Value;
        TempData["Notice"] = leftOut == 0 ? saved : $"{saved} {(leftOut == 1 ? text["Preview.LeftOutOne"] : text["Preview.LeftOutMany", leftOut])}";
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
        Plan = await MakePlanAsync(upload, track: false, cancellationToken);
        await db.ImportUploads.Where(u => u.Id == upload.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreviewHash, Plan.Hash()), cancellationToken);
        return Refused(message);
    }

    private Task<ImportPlan.Planned> MakePlanAsync(ImportUpload upload, bool track, CancellationToken cancellationToken) =>
        ImportPlan.MakeAsync(db, ImportSheet.Read(upload.Content, text), upload.MemberId, track, text, formText, cancellationToken);

    private PageResult Refused(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
