using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using ActionPlanTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Cycles;

/// <summary>Every cycle, newest first, with how far its reports have come. Every signed-in role may look.</summary>
[Authorize]
public sealed class IndexModel(ActionPlanDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public IReadOnlyList<CycleRow> Cycles { get; private set; } = [];

    /// <summary>True when the counts cover every member; a focal point's cover its own member only.</summary>
    public bool CountsAllMembers { get; private set; }

    public bool CanManage { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        CountsAllMembers = User.CanReadAll();
        CanManage = (await authorization.AuthorizeAsync(User, Policies.ManageCycles)).Succeeded;

        var counts = await db.Reports.AsNoTracking().VisibleTo(User).CountByAsync(r => r.CycleId, cancellationToken);
        var cycles = await db.Cycles.AsNoTracking()
            .OrderByDescending(c => c.Code)
            .Select(c => new
            {
                c.Id,
                c.Code,
                c.PeriodStart,
                c.PeriodEnd,
                c.SubmissionDeadline,
                c.MeetingDate,
                c.State,
                Presidency = db.Presidencies.Where(p => p.Year == c.PeriodStart.Year).Select(p => p.Member!.Name).FirstOrDefault(),
                PresidencyFr = db.Presidencies.Where(p => p.Year == c.PeriodStart.Year).Select(p => p.Member!.NameFr).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        Cycles = [.. cycles.Select(c => new CycleRow(
            c.Code, c.PeriodStart, c.PeriodEnd, c.SubmissionDeadline, c.MeetingDate, c.State, counts.GetValueOrDefault(c.Id, ReportCounts.None),
            c.Presidency is null ? null : PlanText.Choose(c.Presidency, c.PresidencyFr)))];
    }

    public sealed record CycleRow(
        string Code, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly SubmissionDeadline, DateOnly MeetingDate, CycleState State, ReportCounts Counts,
        string? Presidency);
}
