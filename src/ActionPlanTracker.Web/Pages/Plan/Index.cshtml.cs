using ActionPlanTracker.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Plan;

/// <summary>The plans the Roma-Lyon Group monitors, oldest first, public: each with where and when it was adopted.</summary>
[AllowAnonymous]
public sealed class IndexModel(ActionPlanDbContext db) : PageModel
{
    public IReadOnlyList<PlanRow> Plans { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Plans = await db.ActionPlans.AsNoTracking().Adopted()
            .OrderBy(p => p.MeetingStart).ThenBy(p => p.Key)
            .Select(p => new PlanRow(p.Key, p.Title, p.AdoptedAt, p.MeetingEnd,
                p.Pillars.Count, p.Pillars.SelectMany(x => x.Commitments).Count()))
            .ToListAsync(cancellationToken);

    public sealed record PlanRow(string Key, string Title, string AdoptedAt, DateOnly AdoptedOn, int Pillars, int Commitments);
}
