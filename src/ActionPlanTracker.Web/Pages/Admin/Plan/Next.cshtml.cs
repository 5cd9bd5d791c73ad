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
/// Drafts the next version of an adopted plan under a key of its own: the same texts, each commitment continuing the
/// one it copies, ready to be added to, reworded, split, merged or retired. A version has one successor at most.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed partial class NextModel(ActionPlanDbContext db, IStringLocalizer<AdminPlanResources> text, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Plan { get; private set; } = "";

    public string Title { get; private set; } = "";

    /// <summary>The version already drafted or adopted from this one, if any: then there is nothing to draft here.</summary>
    public string? Successor { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] string plan, CancellationToken cancellationToken)
    {
        if (!await FindAsync(plan, cancellationToken))
        {
            return NotFound();
        }

        Input.Key = SuggestedKey(plan, clock.GetUtcNow().Year);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] string plan, CancellationToken cancellationToken)
    {
        if (!await FindAsync(plan, cancellationToken))
        {
            return NotFound();
        }

        if (Successor is not null)
        {
            ModelState.AddModelError(string.Empty, text["Next.HasSuccessor", plan, Successor]);
            return Refused(StatusCodes.Status409Conflict);
        }

        if (!new Validator(text).Validate(Input).AddTo(ModelState))
        {
            return Refused(StatusCodes.Status400BadRequest);
        }

        var key = Input.Key!.Trim();
        if (await db.ActionPlans.AnyAsync(p => p.Key == key, cancellationToken))
        {
            ModelState.AddModelError("Input.Key", text["Plan.KeyTaken", key]);
            return Refused(StatusCodes.Status409Conflict);
        }

        var adopted = await PlanDrafts.LoadAsync(db, plan, cancellationToken);
        try
        {
            db.ActionPlans.Add(adopted!.DraftNext(key));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainRuleException exception)
        {
            ModelState.AddModelError(string.Empty, exception.Message);
            return Refused(StatusCodes.Status409Conflict);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Another administrator drafted from this version, or took the key, between the checks and the insert.
            ModelState.AddModelError(string.Empty, text["Next.Raced", plan]);
            return Refused(StatusCodes.Status409Conflict);
        }

        TempData["Notice"] = text["Next.Drafted", key].Value;
        return RedirectToPage("./Draft", new { plan = key });
    }

    /// <summary>The plan's key with this year in place of its own (…-2024 becomes …-2027), or with the year added.</summary>
    public static string SuggestedKey(string plan, int year)
    {
        var stem = TrailingYear().Replace(plan, "");
        var key = $"{stem}-{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        return key == plan ? $"{key}-2" : key;
    }

    [System.Text.RegularExpressions.GeneratedRegex("-[0-9]{4}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TrailingYear();

    private async Task<bool> FindAsync(string plan, CancellationToken cancellationToken)
    {
        var found = await db.ActionPlans.AsNoTracking().Where(p => p.Key == plan)
            .Select(p => new { p.Key, p.Title, p.State, Successor = db.ActionPlans.Where(n => n.PreviousVersionId == p.Id).Select(n => n.Key).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null || found.State != PlanState.Adopted)
        {
            return false;
        }

        (Plan, Title, Successor) = (found.Key, found.Title, found.Successor);
        return true;
    }

    private PageResult Refused(int status)
    {
        Response.StatusCode = status;
        return Page();
    }

    public sealed class InputModel
    {
        public string? Key { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer text) =>
            RuleFor(x => x.Key).NotEmpty().WithMessage(text["Plan.KeyMissing"])
                .Must(k => k is null || PlanDrafts.IsKey(k)).WithMessage(text["Plan.KeyShape", PlanDrafts.KeyLength]);
    }
}
