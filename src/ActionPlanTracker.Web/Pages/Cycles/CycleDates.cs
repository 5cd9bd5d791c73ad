using System.Globalization;
using FluentValidation;

namespace ActionPlanTracker.Web.Pages.Cycles;

/// <summary>
/// The four dates of a cycle as typed. They are bound as text, not DateOnly, so a wrong date comes back
/// with a message in words next to its field and the text kept as it was typed.
/// </summary>
public abstract class CycleDatesInput
{
    public const string Format = "yyyy-MM-dd";

    public string? PeriodStart { get; set; }

    public string? PeriodEnd { get; set; }

    public string? SubmissionDeadline { get; set; }

    public string? MeetingDate { get; set; }

    public static string Write(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    public static DateOnly? Read(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The dates, once <see cref="CycleDatesValidator"/> has accepted them.</summary>
    public (DateOnly Start, DateOnly End, DateOnly Deadline, DateOnly Meeting) Dates() =>
        (Read(PeriodStart)!.Value, Read(PeriodEnd)!.Value, Read(SubmissionDeadline)!.Value, Read(MeetingDate)!.Value);
}

/// <summary>
/// The domain's date rules (<see cref="Domain.ReportingCycle"/>) checked before the domain sees them, so each
/// message lands next to the field it is about.
/// </summary>
public sealed class CycleDatesValidator : AbstractValidator<CycleDatesInput>
{
    public CycleDatesValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        DateRule(x => x.PeriodStart, "the reporting period starts", "2027-01-01");
        DateRule(x => x.PeriodEnd, "the reporting period ends", "2027-06-30")
            .Must((x, end) => Ordered(x.PeriodStart, end, strictly: true))
            .WithMessage("The reporting period must end after it starts.");
        DateRule(x => x.SubmissionDeadline, "reports are due", "2027-07-15")
            .Must((x, deadline) => Ordered(x.PeriodStart, deadline, strictly: false))
            .WithMessage("The submission deadline cannot fall before the reporting period starts.");
        DateRule(x => x.MeetingDate, "of the Heads of Delegation meeting", "2027-09-15")
            .Must((x, meeting) => Ordered(x.SubmissionDeadline, meeting, strictly: false))
            .WithMessage("The Heads of Delegation meeting cannot come before the submission deadline.");
    }

    private IRuleBuilderOptions<CycleDatesInput, string?> DateRule(
        System.Linq.Expressions.Expression<Func<CycleDatesInput, string?>> field, string what, string example) =>
        RuleFor(field)
            .NotEmpty().WithMessage($"Enter the date {what}.")
            .Must(text => CycleDatesInput.Read(text) is not null)
            .WithMessage($"Write the date {what} as year-month-day, such as {example}.");

    // A neighbour that is itself missing or wrong has its own message; this rule then says nothing.
    private static bool Ordered(string? earlier, string? later, bool strictly) =>
        CycleDatesInput.Read(earlier) is not { } first || CycleDatesInput.Read(later) is not { } second
        || (strictly ? second > first : second >= first);
}
