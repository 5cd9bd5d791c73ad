using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Pages.Reports;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ActionPlanTracker.Web.Pages.Indicators;

/// <summary>The secretariat defines an indicator on a commitment: name, unit, definition, kind and breakdowns.</summary>
[Authorize(Roles = Roles.Secretariat)]
public sealed class NewModel(ActionPlanDbContext db, TimeProvider clock) : PageModel
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

        if (!new Validator().Validate(Input).AddTo(ModelState))
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
            ModelState.AddModelError("Input.Name", $"{Code} already has an indicator named \"{Input.Name!.Trim()}\".");
            return Refused(null, StatusCodes.Status409Conflict);
        }

        TempData["Notice"] = $"Indicator \"{Input.Name!.Trim()}\" is defined on {Code}. Focal points see it in their reports.";
        return Redirect($"/commitments/{Code}/indicators");
    }

    private async Task<int?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var asked = code.Trim().ToUpperInvariant();
        var commitment = await db.Commitments.AsNoTracking().Where(c => c.Code == asked)
            .Select(c => new { c.Id, c.Code, c.ShortTitle }).FirstOrDefaultAsync(cancellationToken);
        Code = commitment?.Code ?? "";
        ShortTitle = commitment?.ShortTitle ?? "";
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

        private static IRuleBuilderOptionsConditions<InputModel, string?> Categories(IRuleBuilderInitial<InputModel, string?> rule, string what) => rule.Custom((text, context) =>
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
