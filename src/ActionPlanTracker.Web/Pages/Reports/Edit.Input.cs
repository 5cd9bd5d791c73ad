using System.Globalization;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Pages.Indicators;
using FluentValidation;

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
        public Validator()
        {
            RuleFor(x => x.Completion).Must(c => string.IsNullOrEmpty(c) || ReportText.ParseCompletion(c) is not null)
                .WithMessage("Choose one of the five completion levels.");
            RuleFor(x => x.NotApplicableReason).Must(r => !string.IsNullOrWhiteSpace(r))
                .When(x => ReportText.ParseCompletion(x.Completion) == Completion.NotApplicable)
                .WithMessage("Not applicable needs a reason: say why the commitment does not apply to this member.");
            Text(RuleFor(x => x.NotApplicableReason), 2_000, "the reason");
            Text(RuleFor(x => x.Narrative), 20_000, "the narrative");
            Text(RuleFor(x => x.NextSteps), 10_000, "the next steps");
            Text(RuleFor(x => x.Challenges), 10_000, "the challenges");
            Plain(RuleFor(x => x.Evidence), "the evidence");
            RuleFor(x => x.Evidence).Custom(ReportText.CheckEvidence);
        }

        private static void Text(IRuleBuilderInitial<InputModel, string?> rule, int maxLength, string what) => Plain(rule
            .MaximumLength(maxLength)
            .WithMessage(string.Create(CultureInfo.InvariantCulture, $"At most {maxLength:N0} characters fit in {what}; this text has {{TotalLength}}.")), what);

        private static void Plain(IRuleBuilder<InputModel, string?> rule, string what) => rule
            .Must(ReportText.HasNoControlCharacters)
            .WithMessage($"There are invisible control characters in {what}, often left by copying from another program. Remove them: only tabs and line breaks are kept.");
    }
}
