using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Reading;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Indicators;

/// <summary>
/// The secretariat corrects an indicator's name, unit and definition; its kind and breakdowns too, until a value has
/// been reported for it.
/// </summary>
[Authorize(Roles = Roles.Secretariat)]
public sealed class EditModel(ActionPlanDbContext db, IStringLocalizer<IndicatorsResources> text) : PageModel
{

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Plan { get; private set; } = "";

    public string Code { get; private set; } = "";

    public string ShortTitle { get; private set; } = "";

    /// <summary>The indicator's name as stored, for the heading while the form holds another.</summary>
    public string StoredName { get; private set; } = "";

    /// <summary>True once a value has been reported: the kind and breakdowns are then fixed.</summary>
    public bool HasValues { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } indicator)
        {
            return NotFound();
        }

        Input = new InputModel
        {
            Name = indicator.Name,
            Unit = indicator.Unit,
            Definition = indicator.Definition,
            Kind = indicator.Kind.ToString(),
            BySex = indicator.SexCategories.Count > 0,
            SexCategories = string.Join('\n', indicator.SexCategories.Count > 0 ? indicator.SexCategories : Disaggregation.Sex.DefaultCategories()),
            ByAge = indicator.AgeGroups.Count > 0,
            AgeGroups = string.Join('\n', indicator.AgeGroups.Count > 0 ? indicator.AgeGroups : Disaggregation.AgeGroup.DefaultCategories()),
            Version = indicator.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } indicator)
        {
            return NotFound();
        }

        if (!new Validator(text).Validate(Input).AddTo(ModelState))
        {
            return Refused(null, StatusCodes.Status400BadRequest);
        }

        try
        {
            indicator.Redefine(Input.Name!, Input.Unit!, Input.Definition ?? "", IndicatorFields.KindOf(Input),
                IndicatorFields.SexCategoriesOf(Input), IndicatorFields.AgeGroupsOf(Input), HasValues);
            db.Entry(indicator).Property(i => i.Version).OriginalValue = Input.Version;
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainRuleException refusal)
        {
            return Refused(refusal.Message, StatusCodes.Status409Conflict);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // The only unique key an indicator's edit can hit: its name on the commitment.
            ModelState.AddModelError("Input.Name", text["New.NameTaken", Code, Input.Name!.Trim()]);
            return Refused(null, StatusCodes.Status409Conflict);
        }
        catch (DbUpdateException exception) when (exception.IsConflict())
        {
            return Refused(text["Edit.Conflict"], StatusCodes.Status409Conflict);
        }

        TempData["Notice"] = text["Edit.Saved", indicator.Name, Code].Value;
        return Redirect(Links.Indicators(Plan, Code));
    }

    /// <summary>The indicator, tracked for the POST to change, with its commitment and whether any value was reported for it.</summary>
    private async Task<Indicator?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (indicator is null)
        {
            return null;
        }

        var commitment = await db.Commitments.AsNoTracking().Where(c => c.Id == indicator.CommitmentId)
            .Select(c => new { Plan = c.Pillar!.Plan!.Key, c.Code, c.ShortTitle, HasValues = db.IndicatorValues.Any(v => v.IndicatorId == id) })
            .SingleAsync(cancellationToken);
        Plan = commitment.Plan;
        Code = commitment.Code;
        ShortTitle = commitment.ShortTitle;
        StoredName = indicator.Name;
        HasValues = commitment.HasValues;
        return indicator;
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

        /// <summary>The row version the form was read at: a save over someone else's change is refused.</summary>
        public uint Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<IndicatorsResources> text) => Include(new IndicatorFields.Validator<InputModel>(text));
    }
}
