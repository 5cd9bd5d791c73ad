using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages;

/// <summary>
/// The language switch in every page's header. The choice is kept in a cookie and, for a signed-in person, in
/// their profile, so it follows them to another browser.
/// </summary>
[AllowAnonymous]
public sealed class LanguageModel(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, IWebHostEnvironment environment,
    IStringLocalizer<SharedResources> text, TimeProvider clock) : PageModel
{
    public static readonly TimeSpan Kept = TimeSpan.FromDays(365);

    public string? Message { get; private set; }

    public string ReturnUrl { get; private set; } = "/";

    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(string? language, string? returnUrl)
    {
        ReturnUrl = returnUrl is { Length: > 0 and <= 2048 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        if (!Languages.IsSupported(language))
        {
            Message = text["Language.Unsupported"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var culture = Languages.CultureOf(language);
        Response.Cookies.Append(
            LocalizationSetup.CookieName(environment.IsDevelopment()),
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Path = "/",
                Expires = clock.GetUtcNow().Add(Kept),
                HttpOnly = true,
                IsEssential = true,
                Secure = !environment.IsDevelopment() || Request.IsHttps,
                SameSite = SameSiteMode.Lax,
            });

        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user && user.PreferredLanguage != language)
        {
            user.PreferredLanguage = language;
            await users.UpdateAsync(user);
            await signIn.RefreshSignInAsync(user);
        }

        TempData["Notice"] = Languages.In(language!, () => text["Language.Saved"].Value);
        return LocalRedirect(ReturnUrl);
    }
}
