using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlanTracker.Web.Pages.Indicators;

/// <summary>The dashboard's view of every indicator across members and cycles, with the share of values broken down. Three SQL commands.</summary>
[Authorize]
public sealed class OverviewModel(ActionPlanDbContext db) : PageModel
{
    public IReadOnlyList<IndicatorSeries> Indicators { get; private set; } = [];

    public Viewer Viewer { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Viewer = Viewer.Of(User);
        var cycles = (await db.CyclesAsync(cancellationToken)).Where(c => c.State != CycleState.Planned).ToList();
        var members = await db.MembersAsync(cancellationToken);
        Indicators = await IndicatorSeries.LoadAsync(db, Viewer, commitmentId: null, cycles, members, cancellationToken);
    }
}
