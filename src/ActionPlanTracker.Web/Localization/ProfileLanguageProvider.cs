using ActionPlanTracker.Web.Security;
using Microsoft.AspNetCore.Localization;

namespace ActionPlanTracker.Web.Localization;

/// <summary>
/// A signed-in person's language comes from their profile (a claim of the sign-in cookie), so it follows them to
/// any browser; visitors who are not signed in use the switch's cookie, then their browser's languages.
/// </summary>
public sealed class ProfileLanguageProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var code = httpContext.User.Identity?.IsAuthenticated == true ? httpContext.User.Language() : null;
        if (!Languages.IsSupported(code))
        {
            return NullProviderCultureResult;
        }

        var culture = Languages.CultureOf(code).Name;
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture, culture));
    }
}
