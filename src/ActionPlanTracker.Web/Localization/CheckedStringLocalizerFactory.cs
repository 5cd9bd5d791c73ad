using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ActionPlanTracker.Web.Localization;

/// <summary>The framework's resource-file localizers, each reporting the keys it cannot find to <see cref="MissingTexts"/>.</summary>
public sealed class CheckedStringLocalizerFactory(
    IOptions<LocalizationOptions> options, ILoggerFactory loggerFactory, MissingTexts missing) : IStringLocalizerFactory
{
    private readonly ResourceManagerStringLocalizerFactory _inner = new(options, loggerFactory);

    public IStringLocalizer Create(Type resourceSource) => new Checked(_inner.Create(resourceSource), resourceSource.Name, missing);

    public IStringLocalizer Create(string baseName, string location) => new Checked(_inner.Create(baseName, location), baseName, missing);

    private sealed class Checked(IStringLocalizer inner, string resource, MissingTexts missing) : IStringLocalizer
    {
        public LocalizedString this[string name] => Report(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Report(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Report(LocalizedString text)
        {
            if (text.ResourceNotFound)
            {
                missing.Record(resource, text.Name);
            }

            return text;
        }
    }
}
