using ActionPlanTracker.Data.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlanTracker.Web.Pages.Account;

/// <summary>
/// Signing out is a POST (with antiforgery), from the button in the header. It changes the account's security stamp,
/// so no copy of the session's cookie works again, here or on any other device: every session of the account ends.
/// </summary>
[AllowAnonymous]
public sealed class SignOutModel(SignInManager<ApplicationUser> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Plan/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return RedirectToPage("./SignIn");
    }
}
