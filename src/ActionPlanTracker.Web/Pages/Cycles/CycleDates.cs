using System.Globalization;
using ActionPlanTracker.Web.Validation;
using FluentValidation;
using Microsoft.Extensions.Localization;

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

    public static DateOnly? Read(string? text) => IsoDates.Read(text);

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
    /// <param name="text">The messages, each naming its own date (Dates.StartEmpty, Dates.StartInvalid, …).</param>
    public CycleDatesValidator(IStringLocalizer<CyclesResources> text)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        DateRule(x => x.PeriodStart, text, "Start");
        DateRule(x => x.PeriodEnd, text, "End")
            .Must((x, end) => Ordered(x.PeriodStart, end, strictly: true))
            .WithMessage(text["Dates.EndBeforeStart"]);
        DateRule(x => x.SubmissionDeadline, text, "Deadline")
            .Must((x, deadline) => Ordered(x.PeriodStart, deadline, strictly: false))
            .WithMessage(text["Dates.DeadlineBeforeStart"]);
        DateRule(x => x.MeetingDate, text, "Meeting")
            .Must((x, meeting) => Ordered(x.SubmissionDeadline, meeting, strictly: false))
            .WithMessage(text["Dates.MeetingBeforeDeadline"]);
    }

    private IRuleBuilderOptions<CycleDatesInput, string?> DateRule(
        System.Linq.Expressions.Expression<Func<CycleDatesInput, string?>> field, IStringLocalizer<CyclesResources> text, string which) =>
        RuleFor(field)
            .NotEmpty().WithMessage(text[$"Dates.{which}Empty"])
            .Must(value => CycleDatesInput.Read(value) is not null)
            .WithMessage(text[$"Dates.{which}Invalid"]);

    // A neighbour that is itself missing or wrong has its own message; this rule then says nothing.
    private static bool Ordered(string? earlier, string? later, bool strictly) =>
        CycleDatesInput.Read(earlier) is not { } first || CycleDatesInput.Read(later) is not { } second
        || (strictly ? second > first : second >= first);
}
