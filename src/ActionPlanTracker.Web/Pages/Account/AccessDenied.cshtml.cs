using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlanTracker.Web.Pages.Account;

/// <summary>Where the cookie handler sends a signed-in user who lacks the role: answered with 403.</summary>
[IgnoreAntiforgeryToken]
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
