using ActionPlanTracker.Domain;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Localization;

internal static class DomainTexts
{
    /// <summary>The domain's words and refusals come through the checked localizer, like every page's texts.</summary>
    public static void UseCheckedDomainTexts(this IServiceProvider services)
    {
        var localizer = services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(DomainText));
        DomainText.UseLookup(key => localizer[key] is { ResourceNotFound: false } text ? text.Value : null);
    }
}
