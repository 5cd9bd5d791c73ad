using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Admin.Plan;

/// <summary>The French title and text of one of the priorities of the plan's preamble.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class PriorityModel(ActionPlanDbContext db, IStringLocalizer<PlanAdminText> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public AdoptedView Adopted { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int number, CancellationToken cancellationToken)
    {
        if (await FindAsync(number, cancellationToken) is not { } priority)
        {
            return NotFound();
        }

        Adopted = new(priority.Number, priority.Title, priority.Text);
        Input = new() { TitleFr = priority.TitleFr, TextFr = priority.TextFr, Version = priority.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int number, CancellationToken cancellationToken)
    {
        if (await FindAsync(number, cancellationToken) is not { } priority)
        {
            return NotFound();
        }

        Adopted = new(priority.Number, priority.Title, priority.Text);
        if (!new Validator(text).Validate(Input).AddTo(ModelState))
        {
            return Refused(StatusCodes.Status400BadRequest);
        }

        if (!await Translations.SaveAsync(db, priority, Input.Version, () => priority.Translate(Input.TitleFr, Input.TextFr), cancellationToken))
        {
            ModelState.AddModelError(string.Empty, text["Edit.Conflict"]);
            return Refused(StatusCodes.Status409Conflict);
        }

        var name = text["Priority.Name", priority.Number];
        TempData["Notice"] = priority.TitleFr is null && priority.TextFr is null
            ? text["Edit.Removed", name].Value
            : text["Edit.Saved", name].Value;
        return RedirectToPage("./Index");
    }

    private Task<Priority?> FindAsync(int number, CancellationToken cancellationToken) =>
        db.Priorities.Where(p => p.Number == number).OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);

    private PageResult Refused(int status)
    {
        Response.StatusCode = status;
        return Page();
    }

    public sealed record AdoptedView(int Number, string Title, string Text);

    public sealed class InputModel
    {
        public string? TitleFr { get; set; }

        public string? TextFr { get; set; }

        /// <summary>The priority's version when the form was shown: a change made since is not overwritten.</summary>
        public uint Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer text)
        {
            RuleFor(x => x.TitleFr).FrenchTitle(text, Translations.TitleLength);
            RuleFor(x => x.TextFr).FrenchText(text);
        }
    }
}
