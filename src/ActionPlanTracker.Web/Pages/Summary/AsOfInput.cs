using ActionPlanTracker.Web.Localization;
using ActionPlanTracker.Web.Pages.Summary.Documents;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Summary;

/// <summary>
/// The <c>?asOf=</c> every summary address takes: an ISO 8601 time, not in the future (that would not be stable); and
/// <c>?lang=</c>, the language of the documents (en or fr; the reader's language when absent).
/// </summary>
public sealed class AsOfInput
{
    public string? AsOf { get; set; }

    public string? Lang { get; set; }

    /// <summary>The moment to build for: the one asked, or now.</summary>
    public DateTimeOffset Moment(DateTimeOffset now) => SummaryFormat.ParseTime(AsOf) ?? SummaryFormat.Microseconds(now);

    /// <summary>The documents' language: the one asked, or the reader's.</summary>
    public string Language => Languages.IsSupported(Lang) ? Lang! : Languages.Current;

    public sealed class Validator : AbstractValidator<AsOfInput>
    {
        public Validator(DateTimeOffset now, IStringLocalizer<SummaryResources> text)
        {
            RuleFor(x => x.AsOf).Must(a => string.IsNullOrEmpty(a) || SummaryFormat.ParseTime(a) is not null)
                .WithMessage(text["AsOf.NotIso"]);
            RuleFor(x => x.AsOf).Must(a => SummaryFormat.ParseTime(a) is not { } at || at <= now)
                .WithMessage(text["AsOf.Future"]);
            RuleFor(x => x.Lang).Must(l => l is null || Languages.IsSupported(l))
                .WithMessage(text["AsOf.Unsupported"]);
        }
    }
}
