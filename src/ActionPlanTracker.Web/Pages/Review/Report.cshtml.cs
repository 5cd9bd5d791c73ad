using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Notifications;
using ActionPlanTracker.Web.Pages.Attachments;
using ActionPlanTracker.Web.Pages.Indicators;
using ActionPlanTracker.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Review;

/// <summary>One report beside its previous-cycle version; the secretariat returns it with a comment or approves it.</summary>
[Authorize(Policy = Policies.Review)]
public sealed class ReportModel(ActionPlanDbContext db, TimeProvider clock, Notifier notifier) : PageModel
{
    public const string Conflict = "Someone else acted on this report while you were reading it. The page now shows it as it is: check it before you act again.";

    public const int MaxComment = 4000;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ReportView Report { get; private set; } = null!;

    public PreviousView? Previous { get; private set; }

    public string PreviousCycleCode { get; private set; } = "";

    public ReturnView? LastReturn { get; private set; }

    public string? Change => Changes.Between(Previous?.Content.Completion, Report.Content?.Completion)?.Label();

    public bool CanReview => Report.State == ReviewState.Submitted && Report.CycleAcceptsReports;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input.Version = Report.Version;
        return Page();
    }

    public Task<IActionResult> OnPostReturnAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(
            id,
            () => new Validator().Validate(Input).AddTo(ModelState),
            (report, cycle) => report.Return(cycle, Input.Comment!, User.Identity!.Name!, clock.GetUtcNow()),
            label => $"Returned {label} to the focal point.",
            cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(
            id,
            () => ModelState.IsValid,
            (report, cycle) => report.Approve(cycle, User.Identity!.Name!, clock.GetUtcNow()),
            label => $"Approved {label}.",
            cancellationToken);

    private async Task<IActionResult> ActAsync(
        int id, Func<bool> isValid, Action<ProgressReport, ReportingCycle> act, Func<string, string> notice, CancellationToken cancellationToken)
    {
        var target = await (
            from r in db.Reports.Where(r => r.Id == id)
            join y in db.Cycles on r.CycleId equals y.Id
            join m in db.Members on r.MemberId equals m.Id
            join c in db.Commitments on r.CommitmentId equals c.Id
            select new { Report = r, Cycle = y, Label = m.Code + " " + c.Code })
            .SingleOrDefaultAsync(cancellationToken);
        if (target is not { Report: var report, Cycle: var cycle })
        {
            return NotFound();
        }

        if (!isValid())
        {
            return await RedisplayAsync(id, StatusCodes.Status400BadRequest, cancellationToken);
        }

        // Checked before the domain's rules, so a reviewer who acted on a stale page learns that first.
        // Setting the original value too covers a change landing between this read and the save.
        if (report.Version != Input.Version)
        {
            return await ConflictAsync(id, cancellationToken);
        }

        try
        {
            // The focal points' notices commit with the decision, or neither does. A transient fault replays both on
            // the report as stored; setting the original version makes a change landing in between a conflict.
            await db.InTransactionAsync(
                async transaction =>
                {
                    var stored = await db.Reports.SingleAsync(r => r.Id == id, cancellationToken);
                    var storedCycle = await db.Cycles.SingleAsync(y => y.Id == stored.CycleId, cancellationToken);
                    db.Entry(stored).Property(r => r.Version).OriginalValue = Input.Version;
                    act(stored, storedCycle);
                    await db.SaveChangesAsync(cancellationToken);
                    await notifier.ReportReviewedAsync(stored, storedCycle, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return stored.Id;
                },
                cancellationToken);
        }
        catch (DomainRuleException refusal)
        {
            ModelState.AddModelError(string.Empty, refusal.Message);
            return await RedisplayAsync(id, StatusCodes.Status409Conflict, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id, cancellationToken);
        }

        TempData["Notice"] = notice(target.Label);
        return RedirectToPage("./Index", new { cycle = cycle.Code });
    }

    private async Task<IActionResult> ConflictAsync(int id, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(string.Empty, Conflict);
        var result = await RedisplayAsync(id, StatusCodes.Status409Conflict, cancellationToken);

        // The page now shows the report as stored; acting again means acting on that version, knowingly.
        Input.Version = Report.Version;
        return result;
    }

    private async Task<IActionResult> RedisplayAsync(int id, int status, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var found = await (
            from r in db.Reports.AsNoTracking().Where(r => r.Id == id)
            join m in db.Members on r.MemberId equals m.Id
            join c in db.Commitments on r.CommitmentId equals c.Id
            join y in db.Cycles on r.CycleId equals y.Id
            select new { Report = r, Member = m.Name, MemberCode = m.Code, c.Code, c.ShortTitle, c.Text, Cycle = y.Code, y.State })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return false;
        }

        var report = found.Report;
        Report = new ReportView(
            report.Id, found.MemberCode, found.Member, found.Code, found.ShortTitle, found.Text, found.Cycle,
            found.State is CycleState.Open or CycleState.UnderReview, report.State, report.HasContent ? report.Content : null,
            report.RevisionCount, report.Version, report.LastChangedBy, report.LastChangedAt);

        Indicators = await db.IndicatorsOfReportAsync(report.Id, report.CommitmentId, cancellationToken);
        Attachments = await AttachmentRow.ForReportAsync(db, report.Id, cancellationToken);
        PreviousCycleCode = CycleCode.Parse(found.Cycle).Previous.ToString();
        var previous = await (
            from r in db.Reports.AsNoTracking()
            join y in db.Cycles on r.CycleId equals y.Id
            where r.MemberId == report.MemberId && r.CommitmentId == report.CommitmentId && y.Code == PreviousCycleCode
            select r)
            .SingleOrDefaultAsync(cancellationToken);
        Previous = previous is { HasContent: true } ? new PreviousView(previous.State, previous.Content) : null;

        LastReturn = await db.ReportRevisions.AsNoTracking()
            .Where(v => v.ProgressReportId == id && v.Action == RevisionAction.Returned)
            .OrderByDescending(v => v.Number)
            .Select(v => new ReturnView(v.Comment ?? "", v.Actor, v.At))
            .FirstOrDefaultAsync(cancellationToken);
        return true;
    }

    /// <summary>The commitment's indicators with this report's values.</summary>
    public IReadOnlyList<IndicatorEntry> Indicators { get; private set; } = [];

    /// <summary>The report's evidence documents.</summary>
    public IReadOnlyList<AttachmentRow> Attachments { get; private set; } = [];

    public sealed record ReportView(
        int Id, string MemberCode, string Member, string Code, string ShortTitle, string Text, string Cycle, bool CycleAcceptsReports,
        ReviewState State, ReportContent? Content, int RevisionCount, uint Version, string? LastChangedBy, DateTimeOffset? LastChangedAt);

    public sealed record PreviousView(ReviewState State, ReportContent Content);

    public sealed record ReturnView(string Comment, string Actor, DateTimeOffset At);

    public sealed class InputModel
    {
        /// <summary>Why the report goes back; only the return form sends it.</summary>
        public string? Comment { get; set; }

        /// <summary>The report's version when the page was loaded (PostgreSQL xmin).</summary>
        public uint Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Comment)
                .Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage("Say why the report is returned: the focal point needs the comment to revise it.")
                .MaximumLength(MaxComment).WithMessage("A comment is at most 4,000 characters.")
                .Must(c => c is null || !c.Any(ch => char.IsControl(ch) && ch is not ('\r' or '\n' or '\t')))
                .WithMessage("The comment contains control characters; remove them and try again.");
        }
    }
}
