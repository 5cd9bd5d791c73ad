using ActionPlanTracker.Domain;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.ReportForms;

/// <summary>
/// What a focal point writes about one report, and its rules: posted by the report form, read from a row by the
/// spreadsheet import, so both refuse the same things with the same words.
/// </summary>
public sealed class ReportInput
{
    /// <summary>The level's name, as the radio buttons send it; anything else is refused by the validator.</summary>
    public string? Completion { get; set; }

    public string? NotApplicableReason { get; set; }

    public string? Narrative { get; set; }

    public string? NextSteps { get; set; }

    public string? Challenges { get; set; }

    /// <summary>One link or reference a line.</summary>
    public string? Evidence { get; set; }

    /// <summary>The values of the commitment's indicators; empty when it has none (and in the import, which has no indicator columns).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1002", Justification = "Model binding fills a List<T> it can add to.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2227", Justification = "Model binding sets the list.")]
    public List<IndicatorInput> Indicators { get; set; } = [];

    /// <summary>The report's version when the form was read, so a save over someone else's is refused.</summary>
    public uint Version { get; set; }

    public ReportContent ToContent() => new(
        ParseCompletion(Completion), Narrative ?? "", NextSteps ?? "", Challenges ?? "", EvidenceLines.Of(Evidence), NotApplicableReason);

    /// <summary>The level named exactly as the form's radio buttons send it; null for none or for anything else.</summary>
    public static Completion? ParseCompletion(string? text) =>
        CompletionScale.All.Cast<Completion?>().FirstOrDefault(level => level.ToString() == text);

    public sealed class Validator : AbstractValidator<ReportInput>
    {
        /// <summary>The messages come from <paramref name="text"/>, in the reader's language.</summary>
        public Validator(IStringLocalizer<ReportFormResources> text)
        {
            RuleFor(x => x.Completion).Must(c => string.IsNullOrEmpty(c) || ParseCompletion(c) is not null)
                .WithMessage(_ => text["ChooseCompletion"]);
            RuleFor(x => x.NotApplicableReason).Must(r => !string.IsNullOrWhiteSpace(r))
                .When(x => ParseCompletion(x.Completion) == Domain.Completion.NotApplicable)
                .WithMessage(_ => text["ReasonNeeded"]);
            Text(RuleFor(x => x.NotApplicableReason), 2_000, text, "Reason");
            Text(RuleFor(x => x.Narrative), 20_000, text, "Narrative");
            Text(RuleFor(x => x.NextSteps), 10_000, text, "NextSteps");
            Text(RuleFor(x => x.Challenges), 10_000, text, "Challenges");
            Plain(RuleFor(x => x.Evidence), text, "Evidence");
            RuleFor(x => x.Evidence).Custom((evidence, context) => EvidenceLines.Check(evidence, context, text));
        }

        // The field's name is part of each key ("NarrativeTooLong"): each language words the sentence its own way.
        // {TotalLength} is FluentValidation's own placeholder, written {{TotalLength}} in the texts so formatting keeps it.
        private static void Text(IRuleBuilderInitial<ReportInput, string?> rule, int maxLength, IStringLocalizer text, string field) => Plain(rule
            .MaximumLength(maxLength)
            .WithMessage(_ => text[$"{field}TooLong", maxLength]), text, field);

        private static void Plain(IRuleBuilder<ReportInput, string?> rule, IStringLocalizer text, string field) => rule
            .Must(TypedText.HasNoControlCharacters)
            .WithMessage(_ => text[$"{field}ControlCharacters"]);
    }
}

/// <summary>One indicator's row of the report form: its id, the total, and one value per category, as typed.</summary>
public sealed class IndicatorInput
{
    public int Id { get; set; }

    public string? Total { get; set; }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1002", Justification = "Model binding fills a List<T> it can add to.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2227", Justification = "Model binding sets the list.")]
    public List<string?> Values { get; set; } = [];
}
