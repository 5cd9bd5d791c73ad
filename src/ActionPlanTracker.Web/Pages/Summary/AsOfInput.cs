using ActionPlanTracker.Web.Exports;
using FluentValidation;

namespace ActionPlanTracker.Web.Pages.Summary;

/// <summary>The <c>?asOf=</c> every summary address takes: an ISO 8601 time, not in the future (that would not be stable).</summary>
public sealed class AsOfInput
{
    public string? AsOf { get; set; }

    /// <summary>The moment to build for: the one asked, or now.</summary>
    public DateTimeOffset Moment(DateTimeOffset now) => SummaryText.ParseTime(AsOf) ?? SummaryText.Microseconds(now);

    public sealed class Validator : AbstractValidator<AsOfInput>
    {
        public Validator(DateTimeOffset now)
        {
            RuleFor(x => x.AsOf).Must(a => string.IsNullOrEmpty(a) || SummaryText.ParseTime(a) is not null)
                .WithMessage("Write \"as of\" as an ISO 8601 time, such as 2027-01-31T12:00:00Z.");
            RuleFor(x => x.AsOf).Must(a => SummaryText.ParseTime(a) is not { } at || at <= now)
                .WithMessage("\"As of\" cannot be in the future: the summary of a moment still to come could change.");
        }
    }
}
