using System.Runtime.CompilerServices;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ActionPlanTracker.Domain.Tests;

/// <summary>The domain's tests read its words as the application does: through the framework's resource-file localizer.</summary>
internal static class DomainTextLookup
{
    [ModuleInitializer]
    internal static void UseTheFrameworksLocalizer()
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        var localizer = factory.Create(typeof(DomainText));
        DomainText.UseLookup(key => localizer[key] is { ResourceNotFound: false } text ? text.Value : null);
    }
}
