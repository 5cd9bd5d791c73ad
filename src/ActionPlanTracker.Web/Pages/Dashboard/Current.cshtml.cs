using ActionPlanTracker.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Dashboard;

/// <summary>The navigation's "Dashboard": the dashboard of the cycle in progress, else of the latest cycle.</summary>
[Authorize]
public sealed class CurrentModel(ActionPlanDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var code = (await db.CurrentCycleAsync(cancellationToken))?.Code
            ?? await db.Cycles.AsNoTracking().OrderByDescending(c => c.Code).Select(c => c.Code).FirstOrDefaultAsync(cancellationToken);
        return code is null ? RedirectToPage("/Cycles/Index") : RedirectToPage("/Dashboard/Index", new { cycle = code });
    }
}
