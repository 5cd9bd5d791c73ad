using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Caching;
using ActionPlanTracker.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Dashboard;

/// <summary>
/// Where the plan stands in one cycle: the member × commitment matrix by pillar, with roll-ups, filtered by the query
/// string so every view has an address, and the indicators over the last cycles. The page reads the plan from the
/// in-memory <see cref="PlanSnapshot"/> and checks the filters; the board below the filters is rendered by
/// <see cref="DashboardBoardViewComponent"/> (two SQL commands) and kept, rendered, for as long as the data version's
/// stamp stays the same, per reader's view, cycle, filters and language. A request that finds it kept runs one command.
/// </summary>
[Authorize]
public sealed partial class IndexModel(DataStamp stamp, PlanSnapshots plans, StatusWords words, IStringLocalizer<DashboardResources> text) : PageModel
{
    public PlanSnapshot Plan { get; private set; } = null!;

    public CycleInfo Cycle { get; private set; } = null!;

    public IReadOnlyList<CycleInfo> Cycles => Plan.Cycles;

    /// <summary>The pillars of the plans the cycle monitors (<see cref="CycleInfo.PillarsOf"/>).</summary>
    public IReadOnlyList<PillarInfo> Pillars { get; private set; } = [];

    /// <summary>The members of the cycle shown (<see cref="CycleInfo.MembersOf"/>).</summary>
    public IReadOnlyList<MemberInfo> Members { get; private set; } = [];

    /// <summary>The priorities of the plans the cycle monitors.</summary>
    public IReadOnlyList<PriorityInfo> Priorities { get; private set; } = [];

    public FilterInput Filter { get; private set; } = new();

    public Viewer Viewer { get; private set; } = null!;

    /// <summary>The members whose columns this page shows: those the filters keep, ten at a time.</summary>
    public MemberPages MemberPage { get; private set; } = null!;

    /// <summary>
    /// What the rendered board depends on besides the language: the data version, what this reader may see (and
    /// where its cells lead), the cycle and the filters as they were understood.
    /// </summary>
    public string BoardKey => string.Join('|', Plan.Stamp.ToString("N"), Viewer.ReadsAll, Viewer.Reviews, Viewer.OwnMemberId, Cycle.Code, Filter.Key, MemberPage.Number);

    public async Task<IActionResult> OnGetAsync(string cycle, [FromQuery] FilterInput filter, CancellationToken cancellationToken)
    {
        Plan = await plans.CurrentAsync(stamp, HttpContext.RequestServices.GetRequiredService<ActionPlanDbContext>, cancellationToken);
        if (Cycles.Find(cycle) is not { } found)
        {
            return NotFound();
        }

        Cycle = found;
        Members = found.MembersOf(Plan.Members);
        Pillars = found.PillarsOf(Plan.Pillars);
        Priorities = found.PrioritiesOf(Plan.Priorities);
        Filter = filter;
        Viewer = Viewer.Of(User);
        if ((!filter.IsEmpty || !FilterInput.Blank(filter.Page)) && !new Validator(Pillars, Members, Priorities, words, text).Validate(filter).AddTo(ModelState, "filter"))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        List<MemberInfo> kept = [.. Members.Where(filter.Keeps)];
        MemberPage = MemberPages.Of(kept, MemberPages.TryParse(filter.Page, kept.Count, out var number) ? number : 1);

        return Page();
    }
}
