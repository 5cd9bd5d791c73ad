using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Localization;

internal static class LocalizationSetup
{
    /// <summary>The switch's cookie, for visitors who are not signed in (a signed-in person's choice is in their profile).</summary>
    public static string CookieName(bool development) =>
        development ? "ActionPlanTracker.Language" : "__Host-ActionPlanTracker.Language";

    public static void AddActionPlanTrackerLocalization(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddLocalization();
        services.AddSingleton<MissingTexts>();
        services.AddSingleton<IStringLocalizerFactory, CheckedStringLocalizerFactory>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Languages.Cultures[0]);
            options.SupportedCultures = [.. Languages.Cultures];
            options.SupportedUICultures = [.. Languages.Cultures];
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new ProfileLanguageProvider(),
                new CookieRequestCultureProvider { CookieName = CookieName(builder.Environment.IsDevelopment()) },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
    }
}
