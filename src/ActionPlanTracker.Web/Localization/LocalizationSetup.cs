using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
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
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) => LocalizeBindingMessages(options, factory));
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

    /// <summary>The framework's own messages for values that cannot be read (a word where a number goes), in the reader's language.</summary>
    private static void LocalizeBindingMessages(MvcOptions options, IStringLocalizerFactory factory)
    {
        var text = factory.Create(typeof(SharedResources));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => text["Binding.AttemptedValueIsInvalid", value, field]);
        messages.SetMissingBindRequiredValueAccessor(field => text["Binding.MissingValue", field]);
        messages.SetMissingKeyOrValueAccessor(() => text["Binding.MissingKeyOrValue"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Binding.MissingBody"]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["Binding.NonPropertyAttemptedValueIsInvalid", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Binding.UnknownValueIsInvalid"]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Binding.ValueMustBeANumber"]);
        messages.SetUnknownValueIsInvalidAccessor(field => text["Binding.FieldUnknownValueIsInvalid", field]);
        messages.SetValueIsInvalidAccessor(value => text["Binding.ValueIsInvalid", value]);
        messages.SetValueMustBeANumberAccessor(field => text["Binding.FieldMustBeANumber", field]);
        messages.SetValueMustNotBeNullAccessor(value => text["Binding.ValueMustNotBeNull", value]);
    }
}
