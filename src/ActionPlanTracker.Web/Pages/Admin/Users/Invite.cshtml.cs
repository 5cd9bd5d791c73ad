using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Web.Pages.Account;
using ActionPlanTracker.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlanTracker.Web.Pages.Admin.Users;

/// <summary>
/// Creates an account without a password and hands the administrator a one-day link with which the person chooses
/// one. Nobody, the administrator included, ever knows another person's password.
/// </summary>
[Authorize(Policy = Policies.ManageUsers)]
public sealed class InviteModel(UserManager<ApplicationUser> users, ActionPlanDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<MemberOption> Members { get; private set; } = [];

    public async Task OnGetAsync() => Members = await MemberOption.LoadAsync(db);

    public async Task<IActionResult> OnPostAsync()
    {
        Members = await MemberOption.LoadAsync(db);
        if (!new Validator(Members).Validate(Input).AddTo(ModelState))
        {
            return Invalid();
        }

        var email = Input.Email!.Trim();
        ApplicationUser user = null!;

        // The account and its role are saved together or not at all; after a dropped connection, both are tried again.
        var result = await db.InTransactionAsync(async transaction =>
        {
            user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                DisplayName = Input.DisplayName!.Trim(),
                MemberId = Members.SingleOrDefault(m => m.Code == Input.MemberCode)?.Id,
                CreatedAt = clock.GetUtcNow(),
            };
            var saved = await users.CreateAsync(user);
            if (saved.Succeeded)
            {
                saved = await users.AddToRoleAsync(user, Input.Role!);
            }

            if (saved.Succeeded)
            {
                await transaction.CommitAsync();
            }

            return saved;
        });
        if (!result.Succeeded)
        {
            result.AddTo(ModelState, emailKey: "Input.Email");
            return Invalid();
        }

        TempData[SetPasswordLink.TempDataKey] = await SetPasswordLink.CreateAsync(users, user, Url, Request);
        TempData["Notice"] = $"The account for {email} is created. Pass the link below on to its owner to choose a password.";
        return RedirectToPage("./Edit", new { id = user.Id });
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public sealed class InputModel : IRoleAndMember
    {
        public string? Email { get; set; }

        public string? DisplayName { get; set; }

        public string? Role { get; set; }

        public string? MemberCode { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IReadOnlyCollection<MemberOption> members)
        {
            RuleFor(x => x.Email).NotEmpty().WithMessage("Enter the person's e-mail address.")
                .MaximumLength(256).WithMessage("An e-mail address here is at most 256 characters.")
                .EmailAddress().WithMessage("Enter an e-mail address such as name@example.org.");
            RuleFor(x => x.DisplayName).NotEmpty().WithMessage("Enter the person's name, as others should see it.")
                .MaximumLength(200).WithMessage("A name here is at most 200 characters.")
                .Must(DisplayNames.HasNoControlCharacters).WithMessage(DisplayNames.ControlCharacters);
            Include(new RoleAndMemberValidator(members));
        }
    }
}
