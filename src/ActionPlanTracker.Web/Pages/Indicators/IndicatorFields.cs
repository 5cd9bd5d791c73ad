using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Pages.Reports;
using FluentValidation;

namespace ActionPlanTracker.Web.Pages.Indicators;

/// <summary>What the secretariat types to define an indicator, on the new and the edit form alike.</summary>
public interface IIndicatorFields
{
    string? Name { get; }

    string? Unit { get; }

    string? Definition { get; }

    /// <summary>Count, Sum or Rate, as the radio buttons send it.</summary>
    string? Kind { get; }

    bool BySex { get; }

    /// <summary>One category a line.</summary>
    string? SexCategories { get; }

    bool ByAge { get; }

    string? AgeGroups { get; }
}

/// <summary>The rules both indicator forms share, and how their fields become the domain's arguments.</summary>
public static class IndicatorFields
{
    public static List<string> Lines(string? text) => [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    public static IndicatorKind KindOf(IIndicatorFields input) => Enum.Parse<IndicatorKind>(input.Kind!);

    public static List<string>? SexCategoriesOf(IIndicatorFields input) => input.BySex ? Lines(input.SexCategories) : null;

    public static List<string>? AgeGroupsOf(IIndicatorFields input) => input.ByAge ? Lines(input.AgeGroups) : null;

    public sealed class Validator<T> : AbstractValidator<T>
        where T : IIndicatorFields
    {
        public Validator()
        {
            RuleFor(x => x.Name).Cascade(CascadeMode.Stop).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Name the indicator, such as \"Officers trained\".")
                .MaximumLength(200).WithMessage("At most 200 characters fit in the name.");
            RuleFor(x => x.Unit).Cascade(CascadeMode.Stop).Must(u => !string.IsNullOrWhiteSpace(u)).WithMessage("Give the unit, such as people, cases or %.")
                .MaximumLength(50).WithMessage("At most 50 characters fit in the unit.");
            RuleFor(x => x.Definition).MaximumLength(4000).WithMessage("At most 4,000 characters fit in the definition.");
            RuleFor(x => x.Kind).Must(k => Enum.TryParse<IndicatorKind>(k, out var kind) && Enum.IsDefined(kind) && k == kind.ToString())
                .WithMessage("Choose whether the indicator is a count, a sum or a rate.");
            Categories(RuleFor(x => x.SexCategories), "sex").When(x => x.BySex);
            Categories(RuleFor(x => x.AgeGroups), "age group").When(x => x.ByAge);
            foreach (var (rule, what) in new[] { (RuleFor(x => x.Name), "the name"), (RuleFor(x => x.Unit), "the unit"), (RuleFor(x => x.Definition), "the definition"),
                (RuleFor(x => x.SexCategories), "the sex categories"), (RuleFor(x => x.AgeGroups), "the age groups") })
            {
                rule.Must(ReportText.HasNoControlCharacters)
                    .WithMessage($"There are invisible control characters in {what}. Remove them: only tabs and line breaks are kept.");
            }
        }

        private static IRuleBuilderOptionsConditions<T, string?> Categories(IRuleBuilderInitial<T, string?> rule, string what) => rule.Custom((text, context) =>
        {
            var lines = Lines(text);
            if (lines.Count is < 2 or > Indicator.MaxCategories)
            {
                context.AddFailure($"List from 2 to {Indicator.MaxCategories} {what} categories, one a line; there are {lines.Count}.");
            }

            if (lines.FirstOrDefault(l => l.Length > 60) is { } longLine)
            {
                context.AddFailure($"The {what} category \"{longLine[..20]}…\" is longer than 60 characters.");
            }

            if (lines.GroupBy(l => l, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                context.AddFailure($"The {what} category \"{twice.Key}\" is listed twice.");
            }
        });
    }
}
