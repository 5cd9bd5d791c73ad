using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Admin.Plan;

/// <summary>
/// Enters a new plan: its key, title in both languages and who adopted it. It starts as a draft, to which the
/// administrator adds pillars, priorities and commitments before adopting it with its meeting.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class NewModel(ActionPlanDbContext db, IStringLocalizer<AdminPlanResources> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!new Validator(text).Validate(Input).AddTo(ModelState))
        {
            return Refused(StatusCodes.Status400BadRequest);
        }

        var key = Input.Key!.Trim();
        if (await db.ActionPlans.AnyAsync(p => p.Key == key, cancellationToken))
        {
            return Taken(key);
        }

        db.ActionPlans.Add(ActionPlan.NewDraft(key, Input.Title!.Trim(), Input.TitleFr, Input.AdoptedBy!.Trim()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            return Taken(key);
        }

        TempData["Notice"] = text["New.Created", key].Value;
        return RedirectToPage("./Draft", new { plan = key });
    }

    private PageResult Taken(string key)
    {
        ModelState.AddModelError("Input.Key", text["Plan.KeyTaken", key]);
        return Refused(StatusCodes.Status409Conflict);
    }

    private PageResult Refused(int status)
    {
        Response.StatusCode = status;
        return Page();
    }

    public sealed class InputModel
    {
        public string? Key { get; set; }

        public string? Title { get; set; }

        public string? TitleFr { get; set; }

        public string? AdoptedBy { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer text)
        {
            RuleFor(x => x.Key).NotEmpty().WithMessage(text["Plan.KeyMissing"])
                .Must(k => k is null || PlanDrafts.IsKey(k)).WithMessage(text["Plan.KeyShape", PlanDrafts.KeyLength]);
            RuleFor(x => x.Title).ShortTitle(text, "Plan.TitleMissing", Translations.TitleLength);
            RuleFor(x => x.TitleFr).FrenchTitle(text, Translations.TitleLength);
            RuleFor(x => x.AdoptedBy).ShortTitle(text, "Plan.AdoptedByMissing", Translations.TitleLength);
        }
    }
}
