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

/// <summary>
/// The secretariat plans the next half-year: its name, its four dates and the plans it monitors. A new cycle starts as
/// planned.
/// </summary>
[Authorize(Policy = Policies.ManageCycles)]
public sealed class NewModel(ActionPlanDbContext db, IStringLocalizer<CyclesResources> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The plans a cycle may monitor, oldest first.</summary>
    public IReadOnlyList<PlanChoice> Plans { get; private set; } = [];

    /// <summary>
    /// With <c>?code=2027-H1</c> the form comes with that half-year as the reporting period. The plans the latest cycle
    /// monitors come ticked (every plan, before the first cycle): the next cycle usually monitors the same.
    /// </summary>
    public async Task OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        Input.Code = code;
        Input.FillPeriodFromCode();
        Plans = await PlansAsync(cancellationToken);
        var latest = await db.Cycles.AsNoTracking().OrderByDescending(c => c.Code)
            .Select(c => c.Plans.Select(p => p.Plan!.Key).ToList())
            .FirstOrDefaultAsync(cancellationToken);
        Input.Plans = latest is null ? [.. Plans.Select(p => p.Key)] : await db.LatestVersionsAsync(latest, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input.FillPeriodFromCode();
        Input.Plans = [.. Input.Plans.Where(key => !string.IsNullOrWhiteSpace(key)).Distinct(StringComparer.Ordinal)];
        Plans = await PlansAsync(cancellationToken);
        if (!new Validator(text, Plans).Validate(Input).AddTo(ModelState))
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
            var keys = Input.Plans.ToHashSet(StringComparer.Ordinal);
            var plans = await db.ActionPlans.Where(p => keys.Contains(p.Key)).ToListAsync(cancellationToken);
            db.Cycles.Add(new ReportingCycle(code, start, end, deadline, meeting, plans));
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

    private Task<List<PlanChoice>> PlansAsync(CancellationToken cancellationToken) =>
        db.ActionPlans.AsNoTracking().Adopted().OrderBy(p => p.MeetingStart).ThenBy(p => p.Key)
            .Select(p => new PlanChoice(p.Key, p.Title, p.AdoptedAt, p.MeetingStart))
            .ToListAsync(cancellationToken);

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

        /// <summary>
        /// The keys of the plans ticked; none ticked binds an empty list. A list, not <c>[]</c>: model binding fills the
        /// collection it finds, and <c>[]</c> would be a read-only array.
        /// </summary>
        public IReadOnlyList<string> Plans { get; set; } = new List<string>();

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
        public Validator(IStringLocalizer<CyclesResources> text, IReadOnlyList<PlanChoice> plans)
        {
            RuleFor(x => x.Code).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(text["New.CodeEmpty"])
                .Must(code => CycleCode.TryParse(code, out _))
                .WithMessage(text["New.CodeInvalid"]);
            Include(new CycleDatesValidator(text));
            RuleFor(x => x.Plans).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(text["New.PlansEmpty"])
                .Must(keys => keys.All(key => plans.Any(p => p.Key == key)))
                .WithMessage(text["New.PlanUnknown"]);
        }
    }

    /// <summary>A plan offered on the form: its key (the value sent), title and where and when it was adopted.</summary>
    public sealed record PlanChoice(string Key, string Title, string AdoptedAt, DateOnly AdoptedOn);
}
