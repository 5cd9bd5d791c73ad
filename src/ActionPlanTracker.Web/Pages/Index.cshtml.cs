using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlanTracker.Web.Pages;

/// <summary>The front door: the plan itself is the first thing a visitor sees.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Plan/Index");
}
