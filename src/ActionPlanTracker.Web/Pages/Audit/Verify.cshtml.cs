using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Auditing;
using ActionPlanTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlanTracker.Web.Pages.Audit;

/// <summary>Recomputes the audit trail's hash chain from the first event, as the <c>audit verify</c> verb does.</summary>
[Authorize(Policy = Policies.ReadAll)]
public sealed class VerifyModel(ActionPlanDbContext db) : PageModel
{
    public ChainCheck Check { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Check = await AuditChain.VerifyAsync(db, cancellationToken);
}
