using System.Globalization;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using ActionPlanTracker.Web.Reading;
using ActionPlanTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Reports;

/// <summary>"My reports": the member's report on every commitment in one cycle, where each stands; carrying forward, and the way to sending (<see cref="SubmitModel"/>).</summary>
[Authorize(Policy = Policies.FileReports)]
public sealed class IndexModel(ActionPlanDbContext db, TimeProvider clock, IStringLocalizer<ReportsResources> text) : PageModel
{
    public CycleView? Cycle { get; private set; }

    public IReadOnlyList<RowView> Rows { get; private set; } = [];

    /// <summary>Who changed each report last, by name.</summary>
    public PeopleNames People { get; private set; } = PeopleNames.None;

    // The FileReports policy guarantees the claim; without it no report matches.
    private int MemberId => User.MemberId() ?? 0;

    private string Actor => User.Identity!.Name!;

    public async Task<IActionResult> OnGetAsync(string? cycle, CancellationToken cancellationToken) =>
        await LoadAsync(cycle, cancellationToken) ? Page() : NotFound();

    /// <summary>
    /// Starts every empty report from the member's report on the same commitment in the previous cycle, or on the one it
    /// carries from where the plan was revised in between.
    /// </summary>
    public async Task<IActionResult> OnPostCarryForwardAsync(string? cycle, CancellationToken cancellationToken)
    {
        if (await db.NamedOrCurrentCycleAsync(cycle, cancellationToken) is not { } target)
        {
            return NotFound();
        }

        var previousCode = target.CycleCode.Previous.ToString();
        var empty = await db.Reports
            .Where(r => r.CycleId == target.Id && r.MemberId == MemberId && r.LastChangedAt == null)
            .ToListAsync(cancellationToken);
        var previous = await db.InPreviousCycle(target.CycleCode, MemberId).AsNoTracking()
            .Where(r => r.LastChangedAt != null)
            .ToDictionaryAsync(r => (MemberId, r.CommitmentId), cancellationToken);
        var lineage = await db.CarriedFromAsync(cancellationToken);
        var carried = empty
            .Select(r => (Report: r, CarriesFrom: lineage.TryGetValue(r.CommitmentId, out var from) ? from : (int?)null))
            .Select(r => (r.Report, r.CarriesFrom, Previous: previous.PreviousFor(MemberId, r.Report.CommitmentId, r.CarriesFrom)))
            .Where(r => r.Previous is not null)
            .ToList();
        var refusal = await TrySaveAsync(() =>
        {
            target.EnsureAcceptsReports();
            var now = clock.GetUtcNow();
            carried.ForEach(r => r.Report.CarryForward(target, r.Previous!, Actor, now, r.CarriesFrom));
        }, cancellationToken);
        if (refusal is not null)
        {
            return await RefusedAsync(cycle, refusal, cancellationToken);
        }

        TempData["Notice"] = (carried.Count switch
        {
            0 => text["Index.NothingToCarry", previousCode],
            1 => text["Index.CarriedOne", previousCode],
            _ => text["Index.CarriedMany", carried.Count, previousCode],
        }).Value;
        return RedirectToPage(new { cycle = target.Code });
    }

    /// <summary>A post naming no known action: there is nothing at that address.</summary>
    public IActionResult OnPost() => NotFound();

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
            return text["Index.Conflict"];
        }
    }

    private async Task<PageResult> RefusedAsync(string? cycle, string message, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        ModelState.AddModelError(string.Empty, message);
        await LoadAsync(cycle, cancellationToken);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>Reads the cycle and every row in one query each. False when a cycle was named that does not exist.</summary>
    private async Task<bool> LoadAsync(string? code, CancellationToken cancellationToken)
    {
        if (await db.NamedOrCurrentCycleAsync(code, cancellationToken) is not { } cycle)
        {
            return string.IsNullOrWhiteSpace(code);
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Cycle = new CycleView(cycle.Code, cycle.SubmissionDeadline, cycle.State, cycle.AcceptsReports, DaysLeft(cycle.State, cycle.SubmissionDeadline, today));
        Rows = await (
            from r in db.Reports.AsNoTracking()
            where r.CycleId == cycle.Id && r.MemberId == MemberId
            orderby r.Commitment!.Pillar!.Number, r.Commitment!.Number
            select new
            {
                r.Id,
                r.Commitment!.Pillar!.Numeral,
                r.Commitment.Pillar.Title,
                r.Commitment.Pillar.TitleFr,
                r.Commitment.Code,
                r.Commitment.ShortTitle,
                r.Commitment.ShortTitleFr,
                r.Completion,
                r.State,
                r.LastChangedAt,
                r.LastChangedBy,
            })
            .Select(x => new RowView(
                x.Id, x.Numeral, PlanText.Choose(x.Title, x.TitleFr), x.Code, PlanText.Choose(x.ShortTitle, x.ShortTitleFr),
                x.Completion, x.State, x.LastChangedAt, x.LastChangedBy))
            .ToListAsync(cancellationToken);
        People = await PeopleNames.ReadAsync(db, Rows.Select(r => r.LastChangedBy), cancellationToken);
        return true;
    }

    /// <summary>The deadline as seen from today: "12 days left", "due today", "3 days overdue".</summary>
    private string DaysLeft(CycleState state, DateOnly deadline, DateOnly today) => (deadline.DayNumber - today.DayNumber) switch
    {
        _ when !state.DeadlineRuns() => text["Index.Closed"],
        0 => text["Index.DueToday"],
        1 => text["Index.OneDayLeft"],
        > 1 and var days => text["Index.DaysLeft", days],
        -1 => text["Index.OneDayOverdue"],
        var days => text["Index.DaysOverdue", -days],
    };

    public int Count(Func<RowView, bool> predicate) => Rows.Count(predicate);

    public sealed record CycleView(string Code, DateOnly Deadline, CycleState State, bool AcceptsReports, string DueIn)
    {
        public string DeadlineText => Deadline.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
    }

    public sealed record RowView(
        int Id, string PillarNumeral, string PillarTitle, string Code, string ShortTitle,
        Completion? Completion, ReviewState State, DateTimeOffset? LastChangedAt, string? LastChangedBy)
    {
        /// <summary>An untouched slot shows as "No report".</summary>
        public bool HasContent => LastChangedAt is not null;

        /// <summary>Not yet with the secretariat nor approved: still to do before the deadline.</summary>
        public bool NeedsWork => State is ReviewState.Draft or ReviewState.Returned;

        public string? LastChangeText => LastChangedAt?.ToString("d MMM yyyy", CultureInfo.CurrentCulture);
    }
}
