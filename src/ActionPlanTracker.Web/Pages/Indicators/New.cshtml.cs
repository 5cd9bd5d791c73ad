using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using ActionPlanTracker.Web.Reading;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Indicators;

/// <summary>The secretariat defines an indicator on a commitment: name, unit, definition, kind and breakdowns.</summary>
[Authorize(Roles = Roles.Secretariat)]
public sealed class NewModel(ActionPlanDbContext db, TimeProvider clock, IStringLocalizer<IndicatorsResources> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Plan { get; private set; } = "";

    public string Code { get; private set; } = "";

    public string ShortTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string plan, string code, CancellationToken cancellationToken)
    {
        if (await FindAsync(plan, code, cancellationToken) is null)
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

    public async Task<IActionResult> OnPostAsync(string plan, string code, CancellationToken cancellationToken)
    {
        if (await FindAsync(plan, code, cancellationToken) is not { } commitmentId)
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
                commitmentId, Input.Name!, Input.Unit!, Input.Definition ?? "", IndicatorFields.KindOf(Input),
                IndicatorFields.SexCategoriesOf(Input), IndicatorFields.AgeGroupsOf(Input),
                User.Identity!.Name!, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainRuleException refusal)
        {
            return Refused(refusal.Message, StatusCodes.Status409Conflict);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            ModelState.AddModelError("Input.Name", text["New.NameTaken", Code, Input.Name!.Trim()]);
            return Refused(null, StatusCodes.Status409Conflict);
        }

        TempData["Notice"] = text["New.Defined", Input.Name!.Trim(), Code].Value;
        return Redirect(Links.Indicators(Plan, Code));
    }

    private async Task<int?> FindAsync(string plan, string code, CancellationToken cancellationToken)
    {
        var commitment = await db.Commitments.AsNoTracking().Named(plan, code)
            .Select(c => new { c.Id, Plan = c.Pillar!.Plan!.Key, c.Code, c.ShortTitle, c.ShortTitleFr }).FirstOrDefaultAsync(cancellationToken);
        Plan = commitment?.Plan ?? "";
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

    public sealed class InputModel : IIndicatorFields
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
        public Validator(IStringLocalizer<IndicatorsResources> text) => Include(new IndicatorFields.Validator<InputModel>(text));
    }
}
