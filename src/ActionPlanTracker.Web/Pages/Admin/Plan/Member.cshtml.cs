using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Admin.Plan;

/// <summary>The French name of one member, shown on French pages in place of its English name.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class MemberModel(ActionPlanDbContext db, IStringLocalizer<PlanAdminText> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public AdoptedView Adopted { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await FindAsync(code, cancellationToken) is not { } member)
        {
            return NotFound();
        }

        Adopted = new(member.Code, member.Name);
        Input = new() { NameFr = member.NameFr, Version = member.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (await FindAsync(code, cancellationToken) is not { } member)
        {
            return NotFound();
        }

        Adopted = new(member.Code, member.Name);
        if (!new Validator(text).Validate(Input).AddTo(ModelState))
        {
            return Refused(StatusCodes.Status400BadRequest);
        }

        if (!await Translations.SaveAsync(db, member, Input.Version, () => member.Translate(Input.NameFr), cancellationToken))
        {
            ModelState.AddModelError(string.Empty, text["Edit.Conflict"]);
            return Refused(StatusCodes.Status409Conflict);
        }

        TempData["Notice"] = member.NameFr is null ? text["Member.Removed", member.Code].Value : text["Member.Saved", member.Code].Value;
        return RedirectToPage("./Index");
    }

    private Task<Member?> FindAsync(string code, CancellationToken cancellationToken) =>
        db.Members.Where(m => m.Code == code).FirstOrDefaultAsync(cancellationToken);

    private PageResult Refused(int status)
    {
        Response.StatusCode = status;
        return Page();
    }

    public sealed record AdoptedView(string Code, string Name);

    public sealed class InputModel
    {
        public string? NameFr { get; set; }

        /// <summary>The member's version when the form was shown: a change made since is not overwritten.</summary>
        public uint Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer text)
        {
            RuleFor(x => x.NameFr).MaximumLength(Translations.ShortLength).WithMessage(text["Edit.NameTooLong", Translations.Shown(Translations.ShortLength)])
                .Must(Translations.IsOneLine).WithMessage(text["Edit.NameControlCharacters"]);
        }
    }
}
