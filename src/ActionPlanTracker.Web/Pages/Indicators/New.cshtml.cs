using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using ActionPlanTracker.Web.Pages.Reports;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;

namespace ActionPlanTracker.Web.Pages.Indicators;

/// <summary>The secretariat defines an indicator on a commitment: name, unit, definition, kind and breakdowns.</summary>
[Authorize(Roles = Roles.Secretariat)]
public sealed class NewModel(ActionPlanDbContext db, TimeProvider clock, IStringLocalizer<IndicatorsText> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Code { get; private set; } = "";

    public string ShortTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await FindAsync(code, cancellationToken) is null)
        {
            return NotFound();
        }

        Input = new InputModel
        {
            BySex = true,
            ByAge = true,
            SexCategories = string.Join('\n', Disaggregation.Sex.DefaultCategories()),
            AgeGroups = string.Join('\n', Disaggregation.AgeGroup.DefaultCategories()),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (await FindAsync(code, cancellationToken) is not { } commitmentId)
        {
            return NotFound();
        }

        if (!new Validator(text).Validate(Input).AddTo(ModelState))
        {
            return Refused(null, StatusCodes.Status400BadRequest);
        }

        try
        {
            db.Indicators.Add(new Indicator(
                commitmentId, Input.Name!, Input.Unit!, Input.Definition ?? "", Enum.Parse<IndicatorKind>(Input.Kind!),
                Input.BySex ? Lines(Input.SexCategories) : null, Input.ByAge ? Lines(Input.AgeGroups) : null,
                User.Identity!.Name!, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainRuleException refusal)
        {
            return Refused(refusal.Message, StatusCodes.Status409Conflict);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            ModelState.AddModelError("Input.Name", text["New.NameTaken", Code, Input.Name!.Trim()]);
            return Refused(null, StatusCodes.Status409Conflict);
        }

        TempData["Notice"] = text["New.Defined", Input.Name!.Trim(), Code].Value;
        return Redirect($"/commitments/{Code}/indicators");
    }

    private async Task<int?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var asked = code.Trim().ToUpperInvariant();
        var commitment = await db.Commitments.AsNoTracking().Where(c => c.Code == asked)
            .Select(c => new { c.Id, c.Code, c.ShortTitle, c.ShortTitleFr }).FirstOrDefaultAsync(cancellationToken);
        Code = commitment?.Code ?? "";
        ShortTitle = commitment is null ? "" : PlanText.Choose(commitment.ShortTitle, commitment.ShortTitleFr);
        return commitment?.Id;
    }

    private PageResult Refused(string? message, int status)
    {
        if (message is not null)
        {
            ModelState.AddModelError(string.Empty, message);
        }

        Response.StatusCode = status;
        return Page();
    }

    private static List<string> Lines(string? text) => [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    public sealed class InputModel
    {
        public string? Name { get; set; }

        public string? Unit { get; set; }

        public string? Definition { get; set; }

        /// <summary>Count, Sum or Rate, as the radio buttons send it.</summary>
        public string? Kind { get; set; }

        public bool BySex { get; set; }

        /// <summary>One category a line.</summary>
        public string? SexCategories { get; set; }

        public bool ByAge { get; set; }

        public string? AgeGroups { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<IndicatorsText> text)
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
                rule.Must(ReportText.HasNoControlCharacters).WithMessage(text[what]);
            }
        }

        /// <summary>The rules of a list of categories; <paramref name="prefix"/> names the messages of that list (New.Sex…, New.Age…).</summary>
        private static IRuleBuilderOptionsConditions<InputModel, string?> Categories(
            IRuleBuilderInitial<InputModel, string?> rule, IStringLocalizer<IndicatorsText> text, string prefix) => rule.Custom((value, context) =>
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
