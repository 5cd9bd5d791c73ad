using ActionPlanTracker.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Dashboard;

/// <summary>
/// Reads and renders the dashboard's board (<see cref="Board"/>): the cycle's reports of the page's members as this
/// reader may see them, and the indicators, two SQL commands whatever the number of cycles, members, reports or values. Placed inside the
/// page's cache tag, it runs only when the rendered board is not already kept for the page's key.
/// </summary>
public sealed class DashboardBoardViewComponent(ActionPlanDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(IndexModel page)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var memberIds = page.MemberPage.Shown.Select(m => m.Id).ToList();
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.CycleId == page.Cycle.Id && memberIds.Contains(r.MemberId))
            .Select(page.Viewer.Facts())
            .ToDictionaryAsync(r => (r.MemberId, r.CommitmentId), cancellationToken);
        var commitments = page.Pillars.Where(page.Filter.Keeps).SelectMany(p => p.Commitments.Where(page.Filter.Keeps)).Select(c => c.Id);
        var indicators = await DashboardIndicators.LoadAsync(db, page.Viewer, page.Cycles, page.Cycle, page.Members, commitments, cancellationToken);
        return View("/Pages/Dashboard/_Board.cshtml", Board.Of(page, reports, indicators));
    }
}
