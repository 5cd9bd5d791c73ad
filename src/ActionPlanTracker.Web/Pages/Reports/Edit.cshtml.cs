using System.Globalization;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using ActionPlanTracker.Web.Reading;
using ActionPlanTracker.Web.ReportForms;
using ActionPlanTracker.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Reports;

/// <summary>A focal point's report on one commitment: read the commitment, write, save as draft, submit.</summary>
[Authorize(Policy = Policies.FileReports)]
public sealed partial class EditModel(
    ActionPlanDbContext db, TimeProvider clock, IStringLocalizer<ReportsResources> text, IStringLocalizer<ReportFormResources> formText) : PageModel
{
    private bool _keepsInput;

    [BindProperty]
    public ReportInput Input { get; set; } = new();

    /// <summary>Ticked on a returned report unchanged since: send it again as it is (<see cref="ProgressReport.Submit"/>).</summary>
    [BindProperty]
    public bool ResendUnchanged { get; set; }

    public ReportView Report { get; private set; } = null!;

    public PreviousView? Previous { get; private set; }

    /// <summary>Who saved the report last, by name.</summary>
    public PeopleNames People { get; private set; } = PeopleNames.None;

    /// <summary>Set where the previous cycle's report is on the commitment this one continues from the plan's version before.</summary>
    public ContinuedFrom? ComparedWith { get; private set; }

    /// <summary>After a refused post the form stays, with the user's text, even if the report can no longer be edited.</summary>
    public bool ShowForm => Report.IsEditable || _keepsInput;

    public bool ShowsConflict { get; private set; }

    // The FileReports policy guarantees the claim; without it no report matches, so every address gives 404.
    private int MemberId => User.MemberId() ?? 0;

    private string Actor => User.Identity!.Name!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = InputFrom(Report);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken) => SaveAsync(id, submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken cancellationToken) => SaveAsync(id, submit: true, cancellationToken);

    public async Task<IActionResult> OnPostCarryForwardAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindOwnAsync(id, cancellationToken) is not (var report, var cycle, _))
        {
            return NotFound();
        }

        var previousCode = cycle.CycleCode.Previous.ToString();
        var previous = await db.InPreviousCycle(cycle.CycleCode, report.MemberId, report.CommitmentId).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        int? carriesFrom = (await db.CarriedFromAsync(cancellationToken)).TryGetValue(report.CommitmentId, out var from) ? from : null;
        var refusal = previous is null
            ? text["Edit.NothingToCarryForward"]
            : await TrySaveAsync(() => report.CarryForward(cycle, previous, Actor, clock.GetUtcNow(), carriesFrom), cancellationToken);
        if (refusal is not null)
        {
            await LoadAsync(id, cancellationToken);
            Input = InputFrom(Report);
            return Refused(refusal, StatusCodes.Status409Conflict);
        }

        TempData["Notice"] = text["Edit.CarriedForward", previousCode].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>A post naming no known action: there is nothing at that address.</summary>
    public IActionResult OnPost() => NotFound();

    private async Task<IActionResult> SaveAsync(int id, bool submit, CancellationToken cancellationToken)
    {
        // Ownership first: another member's id gives 404 whatever was posted with it.
        if (await FindOwnAsync(id, cancellationToken) is not (var report, var cycle, var code))
        {
            return NotFound();
        }

        Indicators = await db.IndicatorsOfReportAsync(report.Id, report.CommitmentId, cancellationToken);
        var readings = ReadIndicators();
        if (!new ReportInput.Validator(formText).Validate(Input).AddTo(ModelState))
        {
            await LoadAsync(id, cancellationToken);
            return Refused(message: null, StatusCodes.Status400BadRequest);
        }

        // Everything a submission still lacks, each beside its field, at once; the domain refuses it all the same.
        if (submit && Input.ToContent().Missing() is { Count: > 0 } missing)
        {
            foreach (var field in missing)
            {
                ModelState.AddModelError($"Input.{field.Field}", field.Message);
            }

            await LoadAsync(id, cancellationToken);
            return Refused(message: null, StatusCodes.Status409Conflict);
        }

        db.Entry(report).Property(r => r.Version).OriginalValue = Input.Version;
        var refusal = await TrySaveAsync(() =>
        {
            var now = clock.GetUtcNow();
            report.SaveDraft(cycle, Input.ToContent(), Actor, now);
            db.IndicatorValues.AddRange(IndicatorValue.Record(report, readings, Actor, now));
            if (submit)
            {
                report.Submit(cycle, Actor, now, ResendUnchanged);
            }
        }, cancellationToken);
        if (refusal is not null)
        {
            await LoadAsync(id, cancellationToken);
            return Refused(refusal, StatusCodes.Status409Conflict);
        }

        if (submit)
        {
            TempData["Notice"] = text["Edit.Submitted", code].Value;
            return RedirectToPage("./Index", new { cycle = cycle.Code });
        }

        TempData["Notice"] = text["Edit.DraftSaved", code].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>The report to change, tracked, with its cycle (only read) and commitment code; null unless it is this member's.</summary>
    private Task<Own?> FindOwnAsync(int id, CancellationToken cancellationToken) => (
        from r in db.Reports
        where r.Id == id && r.MemberId == MemberId
        select new Own(r, r.Cycle!, r.Commitment!.Code))
        .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Runs the domain change and saves it; returns why it was refused, or null once it is saved.</summary>
    private async Task<string?> TrySaveAsync(Action change, CancellationToken cancellationToken)
    {
        try
        {
            change();
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DomainRuleException refusal)
        {
            return refusal.Message;
        }
        catch (DbUpdateException exception) when (exception.IsConflict())
        {
            ShowsConflict = true;
            return text["Edit.Conflict"];
        }
    }

    private PageResult Refused(string? message, int status)
    {
        if (message is not null)
        {
            ModelState.AddModelError(string.Empty, message);
        }

        if (ShowsConflict)
        {
            // The user has now seen what is saved: a second save is a deliberate choice, so it carries the current version.
            ModelState.Remove($"{nameof(Input)}.{nameof(ReportInput.Version)}");
            Input.Version = Report.Version;
        }

        AlignIndicatorInputs();
        _keepsInput = true;
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>The form filled with the report as stored and its indicators' values.</summary>
    private ReportInput InputFrom(ReportView report) => new()
    {
        Indicators = [.. Indicators.Select(IndicatorInputOf)],
        Completion = report.Completion?.ToString(),
        NotApplicableReason = report.NotApplicableReason,
        Narrative = report.Narrative,
        NextSteps = report.NextSteps,
        Challenges = report.Challenges,
        Evidence = string.Join('\n', report.Evidence),
        Version = report.Version,
    };

    /// <summary>Reads the report as stored now, if it is this member's, with last cycle's report beside it.</summary>
    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var report = await (
            from r in db.Reports.AsNoTracking()
            where r.Id == id && r.MemberId == MemberId
            select new ReportView(
                r.Id, r.CommitmentId, r.Commitment!.Code, r.Commitment.ShortTitle, r.Commitment.ShortTitleFr, r.Commitment.Text, r.Commitment.TextFr,
                r.Cycle!.Code, r.Cycle.SubmissionDeadline, r.Cycle.State, r.State,
                r.Completion, r.Narrative, r.NextSteps, r.Challenges, r.Evidence, r.NotApplicableReason,
                r.ReviewComment, r.LastChangedBy, r.LastChangedAt, r.Version, r.ReturnCount > 0 && !r.ChangedSinceReturn && r.State == ReviewState.Returned))
            .SingleOrDefaultAsync(cancellationToken);
        if (report is null)
        {
            return false;
        }

        Report = report;
        Indicators = await db.IndicatorsOfReportAsync(report.Id, report.CommitmentId, cancellationToken);
        var cycle = CycleCode.Parse(report.CycleCode);
        var previousCode = cycle.Previous.ToString();
        Previous = await db.InPreviousCycle(cycle, MemberId, report.CommitmentId).AsNoTracking()
            .Where(r => r.LastChangedAt != null)
            .Select(r => new PreviousView(previousCode, r.CommitmentId, r.Completion, r.Narrative))
            .FirstOrDefaultAsync(cancellationToken);
        ComparedWith = Previous is { } previous && previous.CommitmentId != report.CommitmentId
            ? await db.ContinuedFromAsync(report.CommitmentId, cancellationToken)
            : null;
        People = await PeopleNames.ReadAsync(db, [report.LastChangedBy], cancellationToken);
        return true;
    }

    public sealed record ReportView(
        int Id, int CommitmentId, string CommitmentCode, string ShortTitle, string? ShortTitleFr, string CommitmentText, string? CommitmentTextFr,
        string CycleCode, DateOnly Deadline, CycleState CycleState, ReviewState State,
        Completion? Completion, string Narrative, string NextSteps, string Challenges, IReadOnlyList<string> Evidence, string? NotApplicableReason,
        string? ReviewComment, string? LastChangedBy, DateTimeOffset? LastChangedAt, uint Version, bool UnchangedSinceReturn = false)
    {
        public string Title => PlanText.Choose(ShortTitle, ShortTitleFr);

        public string Text => PlanText.Choose(CommitmentText, CommitmentTextFr);

        public bool HasContent => LastChangedAt is not null;

        public bool IsEditable => ReadOnlyReason is null;

        /// <summary>Why the form is not offered, as the key of its text (given the cycle's code); null when the report can be edited.</summary>
        public string? ReadOnlyReason => ProgressReport.LockOf(CycleState, State) switch
        {
            ReportLock.CyclePublished => "Edit.ReadOnlyPublished",
            ReportLock.CyclePlanned => "Edit.ReadOnlyPlanned",
            ReportLock.Approved => "Edit.ReadOnlyApproved",
            ReportLock.Submitted => "Edit.ReadOnlySubmitted",
            _ => null,
        };

        public ReportContent Content => new(Completion, Narrative, NextSteps, Challenges, Evidence, NotApplicableReason);

        public string DeadlineText => Deadline.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

        public string? LastChangeText => LastChangedAt?.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.CurrentCulture);
    }

    private sealed record Own(ProgressReport Report, ReportingCycle Cycle, string Code);

    public sealed record PreviousView(string CycleCode, int CommitmentId, Completion? Completion, string Narrative);
}
