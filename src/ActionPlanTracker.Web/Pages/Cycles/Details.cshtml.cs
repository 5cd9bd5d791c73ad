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

namespace ActionPlanTracker.Web.Pages.Cycles;

/// <summary>
/// One cycle: its dates, its state, its reports' progress, and the next step of its workflow.
/// Every signed-in role may read it; each workflow handler checks <see cref="Policies.ManageCycles"/> itself,
/// because a page-level policy would also shut the readers out.
/// </summary>
[Authorize]
public sealed class DetailsModel(
    ActionPlanDbContext db, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<CyclesResources> text) : PageModel
{
    public CycleView Cycle { get; private set; } = null!;

    /// <summary>The counts of the reports the reader may see: every member's, or a focal point's own member's.</summary>
    public ReportCounts Totals { get; private set; } = ReportCounts.None;

    /// <summary>One row per member, for readers who see every member; empty for a focal point.</summary>
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    public bool CountsAllMembers { get; private set; }

    public bool CanManage { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostOpenAsync(string code, CancellationToken cancellationToken) =>
        MoveAsync(code, cycle => db.OpenWithSlotsAsync(cycle, cancellationToken), "Details.Opened", cancellationToken);

    public Task<IActionResult> OnPostStartReviewAsync(string code, CancellationToken cancellationToken) =>
        MoveAsync(code, cycle => Run(cycle.StartReview), "Details.ReviewStarted", cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(string code, CancellationToken cancellationToken) =>
        MoveAsync(code, cycle => Run(cycle.Publish), "Details.Published", cancellationToken);

    private async Task<IActionResult> MoveAsync(string code, Func<ReportingCycle, Task> move, string noticeKey, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.ManageCycles)).Succeeded)
        {
            return Forbid();
        }

        if (!CycleCode.TryParse(code, out var parsed) || await db.Cycles.SingleOrDefaultAsync(c => c.Code == parsed.ToString(), cancellationToken) is not { } cycle)
        {
            return NotFound();
        }

        try
        {
            await move(cycle);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainRuleException exception)
        {
            return await RefusedAsync(cycle.Code, exception.Message, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsConflict())
        {
            // Two people moved the cycle at once (the slots of a double opening collide on their unique key).
            return await RefusedAsync(cycle.Code, text["Details.Conflict"], cancellationToken);
        }

        TempData["Notice"] = text[noticeKey, cycle.Code].Value;
        return RedirectToPage(new { code = cycle.Code });
    }

    private static Task Run(Action move)
    {
        move();
        return Task.CompletedTask;
    }

    private async Task<IActionResult> RefusedAsync(string code, string message, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        ModelState.AddModelError(string.Empty, message);
        await LoadAsync(code, cancellationToken);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        if (!CycleCode.TryParse(code, out var parsed))
        {
            return false;
        }

        var cycle = await db.Cycles.AsNoTracking()
            .Where(c => c.Code == parsed.ToString())
            .Select(c => new CycleView(c.Id, c.Code, c.PeriodStart, c.PeriodEnd, c.SubmissionDeadline, c.MeetingDate, c.State,
                db.Presidencies.Where(p => p.Year == c.PeriodStart.Year).Select(p => p.Member!.Name).FirstOrDefault(),
                db.Presidencies.Where(p => p.Year == c.PeriodStart.Year).Select(p => p.Member!.NameFr).FirstOrDefault(),
                c.Plans.OrderBy(p => p.Plan!.MeetingStart).Select(p => new PlanLink(p.Plan!.Key, p.Plan.Title)).ToList()))
            .AsSingleQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (cycle is null)
        {
            return false;
        }

        Cycle = cycle;
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        CountsAllMembers = User.CanReadAll();
        CanManage = (await authorization.AuthorizeAsync(User, Policies.ManageCycles)).Succeeded;

        var byMember = await db.Reports.AsNoTracking().Where(r => r.CycleId == cycle.Id).VisibleTo(User)
            .CountByAsync(r => r.MemberId, cancellationToken);
        Totals = ReportCounts.Sum(byMember.Values);
        if (CountsAllMembers)
        {
            var members = CycleInfo.MembersWithSlots(byMember.Keys, await db.MembersAsync(cancellationToken));
            Members = [.. members.Select(m => new MemberRow(m.Code, m.Shown, byMember.GetValueOrDefault(m.Id, ReportCounts.None)))];
        }

        return true;
    }

    public sealed record CycleView(
        int Id, string Code, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly SubmissionDeadline, DateOnly MeetingDate, CycleState State,
        string? Presidency, string? PresidencyFr, IReadOnlyList<PlanLink> Plans)
    {
        public string? ShownPresidency => Presidency is null ? null : PlanText.Choose(Presidency, PresidencyFr);
    }

    /// <summary>A plan the cycle monitors: its key (its address) and title.</summary>
    public sealed record PlanLink(string Key, string Title);

    public sealed record MemberRow(string Code, string Name, ReportCounts Counts);
}
