using ActionPlanTracker.Data.Seed;
using Microsoft.AspNetCore.Rewrite;

namespace ActionPlanTracker.Web.Hosting;

/// <summary>
/// The addresses from before several plans, which named no plan and so meant the plan as adopted in 2024: each redirects
/// permanently to its address under that plan, the query string kept (a member's French name, once entered with the
/// plan's texts, now goes to the member's own page). 308 keeps the method, so a form posted to an old
/// address is posted again to the new one.
/// </summary>
public static class OldAddresses
{
    public static RewriteOptions Rules()
    {
        var plan = Uri.EscapeDataString(PlanDocument.Adopted.Key);
        return new RewriteOptions()
            .AddRedirect("^plan/?$", $"plans/{plan}", StatusCodes.Status308PermanentRedirect)
            .AddRedirect("^commitments/(.+)$", $"plans/{plan}/commitments/$1", StatusCodes.Status308PermanentRedirect)
            .AddRedirect("^admin/plan/?$", $"admin/plans/{plan}", StatusCodes.Status308PermanentRedirect)
            .AddRedirect("^admin/plan/members/([^/]+)$", "admin/members/$1/edit", StatusCodes.Status308PermanentRedirect)
            .AddRedirect("^admin/plan/(.+)$", $"admin/plans/{plan}/$1", StatusCodes.Status308PermanentRedirect);
    }
}
