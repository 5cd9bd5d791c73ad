using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Admin.Members;

/// <summary>
/// Adds a member: a G7 member or a coalition partner that reports beside them. New cycles give it report slots; the
/// cycle open now does not (its slots were made when it opened).
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class AddModel(ActionPlanDbContext db, IStringLocalizer<AdminMembersResources> text) : PageModel
{
    [BindProperty]
    public MemberInput Input { get; set; } = new();

    public void OnGet()
    {
        Input = new() { SortOrder = 100, IsG7Member = false, Reports = true, IsActive = true };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!new MemberValidator(text, adding: true).Validate(Input).AddTo(ModelState))
        {
            return Refused(StatusCodes.Status400BadRequest);
        }

        var code = Input.Code!.Trim().ToUpperInvariant();
        if (await db.Members.AnyAsync(m => m.Code == code, cancellationToken))
        {
            ModelState.AddModelError("Input.Code", text["Member.CodeTaken", code]);
            return Refused(StatusCodes.Status409Conflict);
        }

        var member = new Member(code, Input.Name!, Input.SortOrder!.Value, Input.IsG7Member);
        member.Translate(Input.NameFr);
        member.Classify(Input.IsG7Member, Input.Reports);
        if (!Input.IsActive)
        {
            member.Deactivate();
        }

        db.Members.Add(member);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsConflict())
        {
            ModelState.AddModelError("Input.Code", text["Member.CodeTaken", code]);
            return Refused(StatusCodes.Status409Conflict);
        }

        TempData["Notice"] = text["Member.Added", member.Name, member.Code].Value;
        return RedirectToPage("./Index");
    }

    private PageResult Refused(int status)
    {
        Response.StatusCode = status;
        return Page();
    }
}
