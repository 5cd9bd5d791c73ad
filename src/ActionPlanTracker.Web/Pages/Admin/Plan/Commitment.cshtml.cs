using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Admin.Plan;

/// <summary>The French short title and text of one commitment, entered beside the adopted English.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class CommitmentModel(ActionPlanDbContext db, IStringLocalizer<PlanAdminText> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public AdoptedView Adopted { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await FindAsync(code, cancellationToken) is not { } commitment)
        {
            return NotFound();
        }

        Adopted = new(commitment.Code, commitment.ShortTitle, commitment.Text);
        Input = new() { ShortTitleFr = commitment.ShortTitleFr, TextFr = commitment.TextFr, Version = commitment.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (await FindAsync(code, cancellationToken) is not { } commitment)
        {
            return NotFound();
        }

        Adopted = new(commitment.Code, commitment.ShortTitle, commitment.Text);
        if (!new Validator(text).Validate(Input).AddTo(ModelState))
        {
            return Refused(StatusCodes.Status400BadRequest);
        }

        if (!await Translations.SaveAsync(db, commitment, Input.Version, () => commitment.Translate(Input.ShortTitleFr, Input.TextFr), cancellationToken))
        {
            ModelState.AddModelError(string.Empty, text["Edit.Conflict"]);
            return Refused(StatusCodes.Status409Conflict);
        }

        var name = text["Commitment.Name", commitment.Code];
        TempData["Notice"] = commitment.ShortTitleFr is null && commitment.TextFr is null
            ? text["Edit.Removed", name].Value
            : text["Edit.Saved", name].Value;
        return RedirectToPage("./Index");
    }

    private Task<Commitment?> FindAsync(string code, CancellationToken cancellationToken) =>
        db.Commitments.Where(c => c.Code == code).OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);

    private PageResult Refused(int status)
    {
        Response.StatusCode = status;
        return Page();
    }

    public sealed record AdoptedView(string Code, string ShortTitle, string Text);

    public sealed class InputModel
    {
        public string? ShortTitleFr { get; set; }

        public string? TextFr { get; set; }

        /// <summary>The commitment's version when the form was shown: a change made since is not overwritten.</summary>
        public uint Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer text)
        {
            RuleFor(x => x.ShortTitleFr).FrenchTitle(text, Translations.ShortLength);
            RuleFor(x => x.TextFr).FrenchText(text);
        }
    }
}
