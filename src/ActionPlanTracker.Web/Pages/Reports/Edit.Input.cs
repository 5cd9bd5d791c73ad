using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Reading;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Reports;

/// <summary>The report form's input and its rules, beside the page model they belong to.</summary>
public sealed partial class EditModel
{
    public sealed class InputModel
    {
        /// <summary>The level's name, as the radio buttons send it; anything else is refused by the validator.</summary>
        public string? Completion { get; set; }

        public string? NotApplicableReason { get; set; }

        public string? Narrative { get; set; }

        public string? NextSteps { get; set; }

        public string? Challenges { get; set; }

        /// <summary>One link or reference a line.</summary>
        public string? Evidence { get; set; }

        /// <summary>The values of the commitment's indicators; empty when it has none.</summary>
        public List<IndicatorInput> Indicators { get; set; } = [];

        /// <summary>The report's version when the form was read, so a save over someone else's is refused.</summary>
        public uint Version { get; set; }

        public ReportContent ToContent() => new(
            ReportText.ParseCompletion(Completion), Narrative ?? "", NextSteps ?? "", Challenges ?? "", ReportText.EvidenceLines(Evidence), NotApplicableReason);

        public static InputModel From(ReportView report, IReadOnlyList<IndicatorEntry> indicators) => new()
        {
            Indicators = [.. indicators.Select(IndicatorInput.From)],
            Completion = report.Completion?.ToString(),
            NotApplicableReason = report.NotApplicableReason,
            Narrative = report.Narrative,
            NextSteps = report.NextSteps,
            Challenges = report.Challenges,
            Evidence = string.Join('\n', report.Evidence),
            Version = report.Version,
        };
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        /// <summary>The messages come from <paramref name="text"/>, in the reader's language.</summary>
        public Validator(IStringLocalizer<ReportsText> text)
        {
            RuleFor(x => x.Completion).Must(c => string.IsNullOrEmpty(c) || ReportText.ParseCompletion(c) is not null)
                .WithMessage(_ => text["Edit.ChooseCompletion"]);
            RuleFor(x => x.NotApplicableReason).Must(r => !string.IsNullOrWhiteSpace(r))
                .When(x => ReportText.ParseCompletion(x.Completion) == Completion.NotApplicable)
                .WithMessage(_ => text["Edit.ReasonNeeded"]);
            Text(RuleFor(x => x.NotApplicableReason), 2_000, text, "Reason");
            Text(RuleFor(x => x.Narrative), 20_000, text, "Narrative");
            Text(RuleFor(x => x.NextSteps), 10_000, text, "NextSteps");
            Text(RuleFor(x => x.Challenges), 10_000, text, "Challenges");
            Plain(RuleFor(x => x.Evidence), text, "Evidence");
            RuleFor(x => x.Evidence).Custom((evidence, context) => ReportText.CheckEvidence(evidence, context, text));
        }

        // The field's name is part of each key ("Edit.NarrativeTooLong"): each language words the sentence its own way.
        // {TotalLength} is FluentValidation's own placeholder, written {{TotalLength}} in the texts so formatting keeps it.
        private static void Text(IRuleBuilderInitial<InputModel, string?> rule, int maxLength, IStringLocalizer text, string field) => Plain(rule
            .MaximumLength(maxLength)
            .WithMessage(_ => text[$"Edit.{field}TooLong", maxLength]), text, field);

        private static void Plain(IRuleBuilder<InputModel, string?> rule, IStringLocalizer text, string field) => rule
            .Must(ReportText.HasNoControlCharacters)
            .WithMessage(_ => text[$"Edit.{field}ControlCharacters"]);
    }
}
