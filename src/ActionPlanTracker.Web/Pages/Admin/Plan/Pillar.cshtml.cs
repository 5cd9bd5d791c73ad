using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Admin.Plan;

/// <summary>The French title of one pillar and of the lead sentence that introduces its commitments, entered beside the adopted English.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class PillarModel(ActionPlanDbContext db, IStringLocalizer<PlanAdminText> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public AdoptedView Adopted { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int number, CancellationToken cancellationToken)
    {
        if (await FindAsync(number, cancellationToken) is not { } pillar)
        {
            return NotFound();
        }

        Adopted = new(pillar.Numeral, pillar.Title, pillar.LeadSentence);
        Input = new() { TitleFr = pillar.TitleFr, LeadSentenceFr = pillar.LeadSentenceFr, Version = pillar.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int number, CancellationToken cancellationToken)
    {
        if (await FindAsync(number, cancellationToken) is not { } pillar)
        {
            return NotFound();
        }

        Adopted = new(pillar.Numeral, pillar.Title, pillar.LeadSentence);
        if (!new Validator(text).Validate(Input).AddTo(ModelState))
        {
            return Refused(StatusCodes.Status400BadRequest);
        }

        if (!await Translations.SaveAsync(db, pillar, Input.Version, () => pillar.Translate(Input.TitleFr, Input.LeadSentenceFr), cancellationToken))
        {
            ModelState.AddModelError(string.Empty, text["Edit.Conflict"]);
            return Refused(StatusCodes.Status409Conflict);
        }

        var name = text["Pillar.Name", pillar.Numeral];
        TempData["Notice"] = pillar.TitleFr is null && pillar.LeadSentenceFr is null
            ? text["Edit.Removed", name].Value
            : text["Edit.Saved", name].Value;
        return RedirectToPage("./Index");
    }

    private Task<Pillar?> FindAsync(int number, CancellationToken cancellationToken) =>
        db.Pillars.Where(p => p.Number == number).OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);

    private PageResult Refused(int status)
    {
        Response.StatusCode = status;
        return Page();
    }

    public sealed record AdoptedView(string Numeral, string Title, string LeadSentence);

    public sealed class InputModel
    {
        public string? TitleFr { get; set; }

        public string? LeadSentenceFr { get; set; }

        /// <summary>The pillar's version when the form was shown: a change made since is not overwritten.</summary>
        public uint Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer text)
        {
            RuleFor(x => x.TitleFr).FrenchTitle(text, Translations.TitleLength);
            RuleFor(x => x.LeadSentenceFr).FrenchText(text);
        }
    }
}
