using ActionPlanTracker.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlanTracker.Web.Pages;

/// <summary>The front door: each role starts where its work is; a visitor starts with the plan.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => User switch
    {
        _ when User.IsInRole(Roles.FocalPoint) => RedirectToPage("/Reports/Index"),
        _ when User.IsInRole(Roles.Secretariat) => RedirectToPage("/Review/Index"),
        _ when User.IsInRole(Roles.Administrator) => RedirectToPage("/Admin/Users/Index"),
        _ when User.Identity?.IsAuthenticated == true => RedirectToPage("/Cycles/Index"),
        _ => RedirectToPage("/Plan/Index"),
    };
}
