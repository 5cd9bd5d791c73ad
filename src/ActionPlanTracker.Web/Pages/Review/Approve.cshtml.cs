using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using ActionPlanTracker.Web.Notifications;
using ActionPlanTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Review;

/// <summary>
/// Approving the reports ticked in the queue, after seeing them listed: every approval is its own revision and audit
/// event, all in one transaction; if any one changed or can no longer be approved, none is, and the page says which.
/// </summary>
[Authorize(Policy = Policies.Review)]
public sealed class ApproveModel(ActionPlanDbContext db, TimeProvider clock, Notifier notifier, IStringLocalizer<ReviewResources> text) : PageModel
{
    /// <summary>At most this many at once: a page a reviewer can read before approving.</summary>
    public const int MaxReports = 200;

    [BindProperty]
    public ApproveInput Input { get; set; } = new();

    public QueueFilter Queue { get; private set; } = new();

    public IReadOnlyList<Row> Reports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "id")] int[] ids, [FromQuery] QueueFilter queue, CancellationToken cancellationToken)
    {
        KeepQueue(queue);
        if (!ModelState.IsValid || ids.Length is 0 or > MaxReports)
        {
            return Refused(Unreadable(ids.Length), StatusCodes.Status400BadRequest);
        }

        if (!await LoadAsync([.. ids.Distinct()], cancellationToken))
        {
            return NotFound();
        }

        Input = new ApproveInput { Versions = Reports.Where(r => r.Why is null).ToDictionary(r => r.Id, r => r.Version) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromQuery] QueueFilter queue, CancellationToken cancellationToken)
    {
        KeepQueue(queue);
        var ids = Input.Versions.Keys.ToList();
        if (!ModelState.IsValid || ids.Count is 0 or > MaxReports)
        {
            return Refused(Unreadable(ids.Count), StatusCodes.Status400BadRequest);
        }

        if (!await LoadAsync(ids, cancellationToken))
        {
            return NotFound();
        }

        // Checked before anything changes: a report changed since the list was read, or no longer waiting, stops them all.
        var stale = Reports.Where(r => r.Why is not null || r.Version != Input.Versions[r.Id]).ToList();
        if (stale.Count > 0)
        {
            return Refused(text["Approve.Stale", string.Join(", ", stale.Select(r => r.Label))], StatusCodes.Status409Conflict);
        }

        var actor = User.Identity!.Name!;
        try
        {
            await db.InTransactionAsync(
                async transaction =>
                {
                    var stored = await db.Reports.Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
                    var cycleIds = stored.Select(r => r.CycleId).Distinct().ToList();
                    var cycles = await db.Cycles.Where(c => cycleIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
                    var now = clock.GetUtcNow();
                    foreach (var report in stored)
                    {
                        db.Entry(report).Property(r => r.Version).OriginalValue = Input.Versions[report.Id];
                        report.Approve(cycles[report.CycleId], actor, now);
                    }

                    await db.SaveChangesAsync(cancellationToken);
                    foreach (var report in stored)
                    {
                        await notifier.ReportReviewedAsync(report, cycles[report.CycleId], cancellationToken);
                    }

                    await transaction.CommitAsync(cancellationToken);
                    return stored.Count;
                },
                cancellationToken);
        }
        catch (DomainRuleException refusal)
        {
            await LoadAsync(ids, cancellationToken);
            return Refused(refusal.Message, StatusCodes.Status409Conflict);
        }
        catch (DbUpdateException exception) when (exception.IsConflict())
        {
            await LoadAsync(ids, cancellationToken);
            return Refused(text["Approve.Conflict"], StatusCodes.Status409Conflict);
        }

        TempData["Notice"] = ids.Count == 1 ? text["Approve.ApprovedOne", Reports[0].Label].Value : text["Approve.ApprovedMany", ids.Count].Value;
        Queue.Cycle ??= Reports[0].Cycle;
        return Redirect("/review" + Queue.QueryString());
    }

    /// <summary>Why a list of reports cannot be read: not understood, none, or too many.</summary>
    private string Unreadable(int count) =>
        !ModelState.IsValid ? text["Approve.NotUnderstood"] : count > MaxReports ? text["Approve.TooMany", MaxReports] : text["Approve.NoneChosen"];

    private PageResult Refused(string message, int status)
    {
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, message);
        Response.StatusCode = status;
        return Page();
    }

    private void KeepQueue(QueueFilter queue) => Queue = QueueFilter.Kept(queue, ModelState);

    /// <summary>The reports named, as stored now, each with why it cannot be approved (or null); false when one is not a report.</summary>
    private async Task<bool> LoadAsync(List<int> ids, CancellationToken cancellationToken)
    {
        var found = await db.Reports.AsNoTracking().Where(r => ids.Contains(r.Id))
            .OrderBy(r => r.Member!.SortOrder).ThenBy(r => r.Commitment!.Pillar!.Number).ThenBy(r => r.Commitment!.Number)
            .Select(r => new
            {
                r.Id,
                r.Member!.Code,
                r.Member.Name,
                r.Member.NameFr,
                Commitment = r.Commitment!.Code,
                r.Commitment.ShortTitle,
                r.Commitment.ShortTitleFr,
                Cycle = r.Cycle!.Code,
                CycleAccepts = r.Cycle.State == CycleState.Open || r.Cycle.State == CycleState.UnderReview,
                r.State,
                r.Completion,
                r.Version,
                r.ReturnCount,
                r.ChangedSinceReturn,
                r.CarriedUnedited,
            })
            .ToListAsync(cancellationToken);
        Reports = [.. found.Select(r => new Row(
            r.Id, $"{r.Code} {r.Commitment}", PlanText.Choose(r.Name, r.NameFr), r.Commitment, PlanText.Choose(r.ShortTitle, r.ShortTitleFr), r.Cycle,
            r.Completion, r.Version, r.ReturnCount > 0, r.ReturnCount > 0 && !r.ChangedSinceReturn, r.CarriedUnedited,
            r.State != ReviewState.Submitted ? DomainText.Format("Report.OnlySubmittedReviewed", DomainText.Lower(r.State.Label()))
            : !r.CycleAccepts ? text["Approve.CycleClosed", r.Cycle].Value
            : null))];
        return found.Count == ids.Count;
    }

    /// <summary>The versions of the reports listed, as the page read them: what the form sends back.</summary>
    public sealed class ApproveInput
    {
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2227", Justification = "Model binding sets the dictionary.")]
        public Dictionary<int, uint> Versions { get; set; } = [];
    }

    /// <summary>A report listed for approval; <c>Why</c> says why it cannot be approved now, null when it can.</summary>
    public sealed record Row(
        int Id, string Label, string Member, string Code, string Title, string Cycle, Completion? Completion, uint Version,
        bool Resubmitted, bool UnchangedSinceReturn, bool CarriedUnedited, string? Why);
}
