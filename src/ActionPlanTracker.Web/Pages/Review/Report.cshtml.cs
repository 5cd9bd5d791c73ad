using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using ActionPlanTracker.Web.Notifications;
using ActionPlanTracker.Web.Reading;
using ActionPlanTracker.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Review;

/// <summary>One report beside its previous-cycle version; the secretariat returns it with a comment or approves it.</summary>
[Authorize(Policy = Policies.Review)]
public sealed class ReportModel(ActionPlanDbContext db, TimeProvider clock, Notifier notifier, IStringLocalizer<ReviewResources> text) : PageModel
{
    public const int MaxComment = 4000;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The queue the report was opened from, kept for the links back and for "and next" (<see cref="QueueFilter"/>).</summary>
    public QueueFilter Queue { get; private set; } = new();

    public ReportView Report { get; private set; } = null!;

    public PreviousView? Previous { get; private set; }

    /// <summary>Set where the previous cycle's report is on the commitment this one continues from the plan's version before.</summary>
    public ContinuedFrom? ComparedWith { get; private set; }

    public string PreviousCycleCode { get; private set; } = "";

    public ReturnView? LastReturn { get; private set; }

    /// <summary>Who changed and who returned the report, by name.</summary>
    public PeopleNames People { get; private set; } = PeopleNames.None;

    public string? Change => Changes.Between(Previous?.Content.Completion, Report.Content?.Completion)?.Label();

    /// <summary>The report's texts beside the previous cycle's, field by field (empty when there is nothing to compare).</summary>
    public IReadOnlyList<FieldDiff> SincePrevious => FieldDiff.Between(Previous?.Content, Report.Content);

    /// <summary>The report's texts beside what they were when the secretariat last returned it; empty when it never was.</summary>
    public IReadOnlyList<FieldDiff> SinceReturn => LastReturn is { } returned ? FieldDiff.Between(returned.Content, Report.Content) : [];

    public bool CanReview => Report.State == ReviewState.Submitted && Report.CycleAcceptsReports;

    public async Task<IActionResult> OnGetAsync(int id, [FromQuery] QueueFilter queue, CancellationToken cancellationToken)
    {
        KeepQueue(queue);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input.Version = Report.Version;
        return Page();
    }

    public Task<IActionResult> OnPostReturnAsync(int id, [FromQuery] QueueFilter queue, bool next, CancellationToken cancellationToken) =>
        ActAsync(
            id,
            queue,
            next,
            () => new Validator(text).Validate(Input).AddTo(ModelState),
            (report, cycle) => report.Return(cycle, Input.Comment!, User.Identity!.Name!, clock.GetUtcNow()),
            label => text["Report.Returned", label],
            cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(int id, [FromQuery] QueueFilter queue, bool next, CancellationToken cancellationToken) =>
        ActAsync(
            id,
            queue,
            next,
            () => ModelState.IsValid,
            (report, cycle) => report.Approve(cycle, User.Identity!.Name!, clock.GetUtcNow()),
            label => text["Report.Approved", label],
            cancellationToken);

    private async Task<IActionResult> ActAsync(
        int id, QueueFilter queue, bool next, Func<bool> isValid, Action<ProgressReport, ReportingCycle> act, Func<string, string> notice,
        CancellationToken cancellationToken)
    {
        KeepQueue(queue);
        var target = await (
            from r in db.Reports.Where(r => r.Id == id)
            select new { Report = r, Cycle = r.Cycle!, Label = r.Member!.Code + " " + r.Commitment!.Code })
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

        // The queue's order before the decision, which takes this report out of it: "next" is the one after it there.
        var order = next
            ? await Queue.Apply(db.Reports.AsNoTracking(), cycle.Id, clock.GetUtcNow()).Select(r => r.Id).ToListAsync(cancellationToken)
            : [];

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
        catch (DbUpdateException exception) when (exception.IsConflict())
        {
            return await ConflictAsync(id, cancellationToken);
        }

        Queue.Cycle = cycle.Code;
        if (!next)
        {
            TempData["Notice"] = notice(target.Label);
            return Redirect("/review" + Queue.QueryString());
        }

        // "And next": the report after this one in the queue's order as it was, still in the queue now.
        var after = await Queue.Apply(db.Reports.AsNoTracking(), cycle.Id, clock.GetUtcNow())
            .Select(r => new { r.Id, Label = r.Member!.Code + " " + r.Commitment!.Code })
            .ToListAsync(cancellationToken);
        var following = order.SkipWhile(i => i != id).Skip(1).Concat(order.Contains(id) ? [] : order).ToList();
        if (following.Select(i => after.FirstOrDefault(a => a.Id == i)).FirstOrDefault(a => a is not null) is { } nextReport)
        {
            TempData["Notice"] = $"{notice(target.Label)} {text["Report.NextIs", nextReport.Label]}";
            return Redirect($"/review/{nextReport.Id}{Queue.QueryString()}");
        }

        TempData["Notice"] = $"{notice(target.Label)} {text["Report.LastInQueue"]}";
        return Redirect("/review" + Queue.QueryString());
    }

    private void KeepQueue(QueueFilter queue) => Queue = QueueFilter.Kept(queue, ModelState);

    private async Task<IActionResult> ConflictAsync(int id, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(string.Empty, text["Report.Conflict"]);
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
            select new
            {
                Report = r,
                r.Member!.Name,
                r.Member.NameFr,
                MemberCode = r.Member.Code,
                r.Commitment!.Code,
                r.Commitment.ShortTitle,
                r.Commitment.ShortTitleFr,
                r.Commitment.Text,
                r.Commitment.TextFr,
                Cycle = r.Cycle!.Code,
                r.Cycle.State,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return false;
        }

        var report = found.Report;
        Report = new ReportView(
            report.Id, found.MemberCode, PlanText.Choose(found.Name, found.NameFr), found.Code, PlanText.Choose(found.ShortTitle, found.ShortTitleFr),
            PlanText.Choose(found.Text, found.TextFr), found.Cycle,
            found.State is CycleState.Open or CycleState.UnderReview, report.State, report.HasContent ? report.Content : null,
            report.RevisionCount, report.Version, report.LastChangedBy, report.LastChangedAt, report.UnchangedSinceReturn, report.CarriedUnedited);

        Indicators = await db.IndicatorsOfReportAsync(report.Id, report.CommitmentId, cancellationToken);
        Attachments = await AttachmentRow.ForReportAsync(db, report.Id, cancellationToken);
        PreviousCycleCode = CycleCode.Parse(found.Cycle).Previous.ToString();
        var previous = await db.InPreviousCycle(CycleCode.Parse(found.Cycle), report.MemberId, report.CommitmentId).AsNoTracking()
            .FirstOrDefaultAsync(cancellationToken);
        Previous = previous is { HasContent: true } ? new PreviousView(previous.State, previous.Content) : null;
        ComparedWith = previous is { HasContent: true } && previous.CommitmentId != report.CommitmentId
            ? await db.ContinuedFromAsync(report.CommitmentId, cancellationToken)
            : null;

        LastReturn = await db.ReportRevisions.AsNoTracking()
            .Where(v => v.ProgressReportId == id && v.Action == RevisionAction.Returned)
            .OrderByDescending(v => v.Number)
            .Select(v => new ReturnView(v.Comment ?? "", v.Actor, v.At,
                new ReportContent(v.Completion, v.Narrative, v.NextSteps, v.Challenges, v.Evidence, v.NotApplicableReason)))
            .FirstOrDefaultAsync(cancellationToken);
        People = await PeopleNames.ReadAsync(db, [report.LastChangedBy, LastReturn?.Actor], cancellationToken);
        return true;
    }

    /// <summary>The commitment's indicators with this report's values.</summary>
    public IReadOnlyList<IndicatorEntry> Indicators { get; private set; } = [];

    /// <summary>The report's evidence documents.</summary>
    public IReadOnlyList<AttachmentRow> Attachments { get; private set; } = [];

    public sealed record ReportView(
        int Id, string MemberCode, string Member, string Code, string ShortTitle, string Text, string Cycle, bool CycleAcceptsReports,
        ReviewState State, ReportContent? Content, int RevisionCount, uint Version, string? LastChangedBy, DateTimeOffset? LastChangedAt,
        bool UnchangedSinceReturn = false, bool CarriedUnedited = false);

    public sealed record PreviousView(ReviewState State, ReportContent Content);

    public sealed record ReturnView(string Comment, string Actor, DateTimeOffset At, ReportContent Content);

    /// <summary>One text of a report against an earlier one: its heading's key, both texts, and whether they differ.</summary>
    public sealed record FieldDiff(string HeadingKey, string Before, string After)
    {
        public bool Changed => Before != After;

        /// <summary>The texts of two versions that can differ, in the order the report shows them; none when either is missing.</summary>
        public static IReadOnlyList<FieldDiff> Between(ReportContent? before, ReportContent? after) => before is null || after is null
            ? []
            :
            [
                new("Report.DiffNarrative", before.Narrative, after.Narrative),
                new("Report.DiffReason", before.NotApplicableReason ?? "", after.NotApplicableReason ?? ""),
                new("Report.DiffNextSteps", before.NextSteps, after.NextSteps),
                new("Report.DiffChallenges", before.Challenges, after.Challenges),
                new("Report.DiffEvidence", string.Join('\n', before.Evidence), string.Join('\n', after.Evidence)),
            ];
    }

    public sealed class InputModel
    {
        /// <summary>Why the report goes back; only the return form sends it.</summary>
        public string? Comment { get; set; }

        /// <summary>The report's version when the page was loaded (PostgreSQL xmin).</summary>
        public uint Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<ReviewResources> text)
        {
            RuleFor(x => x.Comment)
                .Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage(text["Report.CommentEmpty"])
                .MaximumLength(MaxComment).WithMessage(text["Report.CommentTooLong"])
                .Must(TypedText.HasNoControlCharacters)
                .WithMessage(text["Report.CommentControl"]);
        }
    }
}
