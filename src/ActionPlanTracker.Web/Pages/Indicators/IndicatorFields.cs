using ActionPlanTracker.Domain;
using FluentValidation;
using Microsoft.Extensions.Localization;

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
    public static IReadOnlyList<string> Lines(string? text) => [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    public static IndicatorKind KindOf(IIndicatorFields input) => Enum.Parse<IndicatorKind>(input.Kind!);

    public static IReadOnlyList<string>? SexCategoriesOf(IIndicatorFields input) => input.BySex ? Lines(input.SexCategories) : null;

    public static IReadOnlyList<string>? AgeGroupsOf(IIndicatorFields input) => input.ByAge ? Lines(input.AgeGroups) : null;

    public sealed class Validator<T> : AbstractValidator<T>
        where T : IIndicatorFields
    {
        public Validator(IStringLocalizer<IndicatorsResources> text)
        {
            RuleFor(x => x.Name).Cascade(CascadeMode.Stop).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(text["New.NameRequired"])
                .MaximumLength(200).WithMessage(text["New.NameTooLong"]);
            RuleFor(x => x.Unit).Cascade(CascadeMode.Stop).Must(u => !string.IsNullOrWhiteSpace(u)).WithMessage(text["New.UnitRequired"])
                .MaximumLength(50).WithMessage(text["New.UnitTooLong"]);
            RuleFor(x => x.Definition).MaximumLength(4000).WithMessage(text["New.DefinitionTooLong"]);
            RuleFor(x => x.Kind).Must(k => Enum.TryParse<IndicatorKind>(k, out var kind) && Enum.IsDefined(kind) && k == kind.ToString())
                .WithMessage(text["New.KindRequired"]);
            Categories(RuleFor(x => x.SexCategories), text, "New.Sex").When(x => x.BySex);
            Categories(RuleFor(x => x.AgeGroups), text, "New.Age").When(x => x.ByAge);
            foreach (var (rule, what) in new[] { (RuleFor(x => x.Name), "New.InName"), (RuleFor(x => x.Unit), "New.InUnit"), (RuleFor(x => x.Definition), "New.InDefinition"),
                (RuleFor(x => x.SexCategories), "New.InSexCategories"), (RuleFor(x => x.AgeGroups), "New.InAgeGroups") })
            {
                rule.Must(TypedText.HasNoControlCharacters).WithMessage(text[what]);
            }
        }

        /// <summary>The rules of a list of categories; <paramref name="prefix"/> names the messages of that list (New.Sex…, New.Age…).</summary>
        private static IRuleBuilderOptionsConditions<T, string?> Categories(
            IRuleBuilderInitial<T, string?> rule, IStringLocalizer<IndicatorsResources> text, string prefix) => rule.Custom((value, context) =>
        {
            var lines = Lines(value);
            if (lines.Count is < 2 or > Indicator.MaxCategories)
            {
                context.AddFailure(text[$"{prefix}.Count", Indicator.MaxCategories, lines.Count]);
            }

            if (lines.FirstOrDefault(l => l.Length > 60) is { } longLine)
            {
                context.AddFailure(text[$"{prefix}.TooLong", longLine[..20]]);
            }

            if (lines.GroupBy(l => l, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                context.AddFailure(text[$"{prefix}.Twice", twice.Key]);
            }
        });
    }
}
