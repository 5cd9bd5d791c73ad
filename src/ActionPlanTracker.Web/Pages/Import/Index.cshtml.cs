using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Data.Import;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.ReportForms;
using ActionPlanTracker.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Import;

/// <summary>A focal point downloads the open cycle's template with their member's reports, and uploads it filled in.</summary>
[Authorize(Policy = Policies.FileReports)]
[RequestSizeLimit(ImportSheet.MaxFileBytes + (64 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = ImportSheet.MaxFileBytes + (64 * 1024))]
public sealed class IndexModel(
    ActionPlanDbContext db, UserManager<ApplicationUser> users, TimeProvider clock,
    IStringLocalizer<ImportResources> text, IStringLocalizer<ReportFormResources> formText) : PageModel
{
    /// <summary>How long an upload waits for its confirmation.</summary>
    public static readonly TimeSpan UploadLifetime = TimeSpan.FromHours(1);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ReportingCycle? Cycle { get; private set; }

    private int MemberId => User.MemberId() ?? 0;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Cycle = await db.CurrentCycleAsync(cancellationToken);

    public async Task<IActionResult> OnGetTemplateAsync(CancellationToken cancellationToken)
    {
        if (await db.CurrentCycleAsync(cancellationToken) is not { } cycle)
        {
            return NotFound();
        }

        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == MemberId, cancellationToken);
        var rows = await (
            from r in db.Reports.AsNoTracking()
            where r.CycleId == cycle.Id && r.MemberId == MemberId
            orderby r.Commitment!.Pillar!.Number, r.Commitment!.Number
            select new { r.Commitment!.Code, r.Commitment.ShortTitle, r.State, r.Completion, r.NotApplicableReason, r.Narrative, r.NextSteps, r.Challenges, r.Evidence, r.RevisionCount })
            .ToListAsync(cancellationToken);
        var file = ImportSheet.Write($"{cycle.Code} {member.Code}", rows.Select(r => ImportPlan.Cells(
            cycle.Code, member.Code, r.Code, r.ShortTitle, r.State,
            new ReportContent(r.Completion, r.Narrative, r.NextSteps, r.Challenges, r.Evidence, r.NotApplicableReason), r.RevisionCount)));
        return File(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"reports-{cycle.Code}-{member.Code}.xlsx");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Cycle = await db.CurrentCycleAsync(cancellationToken);
        if (!new Validator(text).Validate(Input).AddTo(ModelState))
        {
            return Refused();
        }

        using var buffer = new MemoryStream();
        await Input.File!.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var sheet = ImportSheet.Read(bytes, text);
        if (sheet.Refusal is { } refusal)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.File)}", refusal);
            return Refused();
        }

        var plan = await ImportPlan.MakeAsync(db, sheet, MemberId, track: false, text, formText, cancellationToken);
        var now = clock.GetUtcNow();
        var userId = users.GetUserId(User)!;

        // An upload nobody confirmed is of no use after its hour; this user's earlier ones are replaced by this one.
        var stale = now - UploadLifetime;
        await db.ImportUploads.Where(u => u.UserId == userId || u.CreatedAt < stale).ExecuteDeleteAsync(cancellationToken);
        var upload = new ImportUpload
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            MemberId = MemberId,
            FileName = Path.GetFileName(Input.File.FileName) is { Length: > 0 and <= 200 } name ? name : "upload.xlsx",
            Content = bytes,
            PreviewHash = plan.Hash(),
            CreatedAt = now,
        };
        db.ImportUploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("./Preview", new { id = upload.Id });
    }

    private PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public sealed class InputModel
    {
        public IFormFile? File { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<ImportResources> text)
        {
            RuleFor(x => x.File).NotNull().WithMessage(_ => text["Index.ChooseFile"]);
            RuleFor(x => x.File!.Length).LessThanOrEqualTo(ImportSheet.MaxFileBytes).When(x => x.File is not null)
                .WithMessage(_ => text["Sheet.TooLarge", ImportSheet.MaxFileBytes / (1024 * 1024)])
                .OverridePropertyName(nameof(InputModel.File));
            RuleFor(x => x.File!.Length).GreaterThan(0).When(x => x.File is not null)
                .WithMessage(_ => text["Index.EmptyFile"]).OverridePropertyName(nameof(InputModel.File));
        }
    }
}
