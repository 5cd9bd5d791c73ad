using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Cycles;

/// <summary>The secretariat plans the next half-year: its name and its four dates. A new cycle starts as planned.</summary>
[Authorize(Policy = Policies.ManageCycles)]
public sealed class NewModel(ActionPlanDbContext db, IStringLocalizer<CyclesResources> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>With <c>?code=2027-H1</c> the form comes with that half-year as the reporting period.</summary>
    public void OnGet(string? code)
    {
        Input.Code = code;
        Input.FillPeriodFromCode();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input.FillPeriodFromCode();
        if (!new Validator(text).Validate(Input).AddTo(ModelState))
        {
            return Invalid();
        }

        var code = CycleCode.Parse(Input.Code!);
        if (await db.Cycles.AnyAsync(c => c.Code == code.ToString(), cancellationToken))
        {
            return Duplicate(code);
        }

        var (start, end, deadline, meeting) = Input.Dates();
        try
        {
            db.Cycles.Add(new ReportingCycle(code, start, end, deadline, meeting));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainRuleException exception)
        {
            ModelState.AddModelError(string.Empty, exception.Message);
            return Invalid();
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Someone created the same cycle between our check and our insert.
            return Duplicate(code);
        }

        TempData["Notice"] = text["New.Created", code.ToString()].Value;
        return RedirectToPage("./Details", new { code = code.ToString() });
    }

    private PageResult Duplicate(CycleCode code)
    {
        ModelState.AddModelError("Input.Code", text["New.Duplicate", code.ToString()]);
        return Invalid();
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public sealed class InputModel : CycleDatesInput
    {
        /// <summary>Nullable, so an empty field reaches the validator's message rather than MVC's own "required".</summary>
        public string? Code { get; set; }

        /// <summary>A period left empty is the code's half-year, the usual case.</summary>
        public void FillPeriodFromCode()
        {
            if (!CycleCode.TryParse(Code, out var code))
            {
                return;
            }

            if (string.IsNullOrWhiteSpace(PeriodStart))
            {
                PeriodStart = Write(code.PeriodStart);
            }

            if (string.IsNullOrWhiteSpace(PeriodEnd))
            {
                PeriodEnd = Write(code.PeriodEnd);
            }
        }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<CyclesResources> text)
        {
            RuleFor(x => x.Code).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(text["New.CodeEmpty"])
                .Must(code => CycleCode.TryParse(code, out _))
                .WithMessage(text["New.CodeInvalid"]);
            Include(new CycleDatesValidator(text));
        }
    }
}
