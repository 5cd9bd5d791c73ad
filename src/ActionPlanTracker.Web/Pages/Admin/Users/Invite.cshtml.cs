using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Admin.Users;

/// <summary>
/// Creates an account without a password and hands the administrator a one-day link with which the person chooses
/// one. Nobody, the administrator included, ever knows another person's password.
/// </summary>
[Authorize(Policy = Policies.ManageUsers)]
public sealed class InviteModel(
    UserManager<ApplicationUser> users, ActionPlanDbContext db, TimeProvider clock, IStringLocalizer<AdminResources> text,
    IStringLocalizer<SecurityResources> securityText) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<MemberOption> Members { get; private set; } = [];

    public async Task OnGetAsync() => Members = await MemberOption.LoadAsync(db);

    public async Task<IActionResult> OnPostAsync()
    {
        Members = await MemberOption.LoadAsync(db);
        if (!new Validator(Members, text).Validate(Input).AddTo(ModelState))
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
            result.AddTo(ModelState, securityText, emailKey: "Input.Email");
            return Invalid();
        }

        TempData[SetPasswordLink.TempDataKey] = await SetPasswordLink.CreateAsync(users, user, Url, Request);
        TempData["Notice"] = text["Invite.Created", email].Value;
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
        public Validator(IReadOnlyCollection<MemberOption> members, IStringLocalizer<AdminResources> text)
        {
            RuleFor(x => x.Email).NotEmpty().WithMessage(text["Invite.EmailRequired"])
                .MaximumLength(256).WithMessage(text["Invite.EmailTooLong"])
                .EmailAddress().WithMessage(text["Invite.EmailInvalid"]);
            RuleFor(x => x.DisplayName).NotEmpty().WithMessage(text["Users.NameRequired"])
                .MaximumLength(200).WithMessage(text["Users.NameTooLong"])
                .Must(DisplayNames.HasNoControlCharacters).WithMessage(text["Users.NameControlCharacters"]);
            Include(new RoleAndMemberValidator(members, text));
        }
    }
}
