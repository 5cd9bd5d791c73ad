using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Admin.Plan;

/// <summary>
/// The French text of one item of a plan (a pillar, a priority, a commitment), entered beside the adopted English.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class TranslateModel(ActionPlanDbContext db, IStringLocalizer<AdminPlanResources> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public PlanItemKind Kind { get; private set; } = null!;

    public PlanItem Item { get; private set; } = null!;

    public string Plan { get; private set; } = "";

    // The item is named by the address alone: a posted field called "plan", "kind" or "key" cannot point the form elsewhere.
    public async Task<IActionResult> OnGetAsync([FromRoute] string plan, [FromRoute] string kind, [FromRoute] string key, CancellationToken cancellationToken)
    {
        if (!await FindAsync(plan, kind, key, cancellationToken))
        {
            return NotFound();
        }

        var (title, french) = Item.French();
        Input = new() { TitleFr = title, TextFr = french, Version = Item.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] string plan, [FromRoute] string kind, [FromRoute] string key, CancellationToken cancellationToken)
    {
        if (!await FindAsync(plan, kind, key, cancellationToken))
        {
            return NotFound();
        }

        if (!new Validator(Kind, text).Validate(Input).AddTo(ModelState))
        {
            return Refused(StatusCodes.Status400BadRequest);
        }

        if (!await Translations.SaveAsync(db, Item.Entity, Input.Version, () => Item.Translate(Input.TitleFr, Input.TextFr), cancellationToken))
        {
            ModelState.AddModelError(string.Empty, text["Edit.Conflict"]);
            return Refused(StatusCodes.Status409Conflict);
        }

        var outcome = Item.French() is (null, null) ? "Removed" : "Saved";
        TempData["Notice"] = text[$"Edit.{outcome}", text[$"{Kind.Name}.Name", Item.Code]].Value;
        return RedirectToPage("./Index", new { plan = Plan });
    }

    private async Task<bool> FindAsync(string plan, string kind, string key, CancellationToken cancellationToken)
    {
        if (PlanItemKind.Of(kind) is not { } found || await found.FindAsync(db, plan, key, cancellationToken) is not { } item)
        {
            return false;
        }

        (Plan, Kind, Item) = (plan, found, item);
        return true;
    }

    private PageResult Refused(int status)
    {
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>The French title and the French text.</summary>
    public sealed class InputModel
    {
        public string? TitleFr { get; set; }

        public string? TextFr { get; set; }

        /// <summary>The item's version when the form was shown: a change made since is not overwritten.</summary>
        public uint Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(PlanItemKind kind, IStringLocalizer text)
        {
            RuleFor(x => x.TitleFr).FrenchTitle(text, kind.TitleLength);
            RuleFor(x => x.TextFr).FrenchText(text);
        }
    }
}
