using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Admin.Users;

/// <summary>
/// One account: its name, role and member, and the actions on it. Every change goes through UserManager, so the audit
/// trail records it and Identity's own bookkeeping (stamps, normalised names) stays right.
/// </summary>
[Authorize(Policy = Policies.ManageUsers)]
public sealed class EditModel(
    UserManager<ApplicationUser> users, ActionPlanDbContext db, TimeProvider clock, IStringLocalizer<AdminResources> text,
    IStringLocalizer<SecurityResources> securityText) : PageModel
{
    /// <summary>The keys of the refusals about one's own account, in <see cref="AdminResources"/>.</summary>
    public const string CannotDemoteYourself = "Edit.CannotDemoteYourself";
    public const string CannotDisableYourself = "Edit.CannotDisableYourself";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public AccountView Account { get; private set; } = null!;

    public IReadOnlyList<MemberOption> Members { get; private set; } = [];

    /// <summary>A set-password link made on the previous request, shown this once.</summary>
    public string? NewLink { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        await LoadFormAsync(user);
        NewLink = TempData[SetPasswordLink.TempDataKey] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        await LoadAsync(user);
        if (!new Validator(Members, text).Validate(Input).AddTo(ModelState))
        {
            return Refused(StatusCodes.Status400BadRequest);
        }

        if (Account.IsYou && Input.Role != Roles.Administrator)
        {
            ModelState.AddModelError("Input.Role", text[CannotDemoteYourself]);
            return Refused(StatusCodes.Status409Conflict);
        }

        if (user.ConcurrencyStamp != Input.ConcurrencyStamp)
        {
            ModelState.AddModelError(string.Empty, text["Edit.Conflict"]);
            return Refused(StatusCodes.Status409Conflict);
        }

        // Name, member and role are saved together or not at all; after a dropped connection, all of it is tried again.
        var result = await db.InTransactionAsync(async transaction =>
        {
            user = await users.FindByIdAsync(id) ?? user;
            user.DisplayName = Input.DisplayName!.Trim();
            user.MemberId = Members.SingleOrDefault(m => m.Code == Input.MemberCode)?.Id;
            var saved = await users.UpdateAsync(user);
            var current = await users.GetRolesAsync(user);
            if (saved.Succeeded && !current.SequenceEqual([Input.Role]))
            {
                saved = await users.RemoveFromRolesAsync(user, current);
                if (saved.Succeeded)
                {
                    saved = await users.AddToRoleAsync(user, Input.Role!);
                }
            }

            // A new security stamp ends the person's open sessions at their next request: they sign in again and
            // carry the new name, role and member (sessions keep the claims they were signed in with).
            if (saved.Succeeded)
            {
                saved = await users.UpdateSecurityStampAsync(user);
            }

            if (saved.Succeeded)
            {
                await transaction.CommitAsync();
            }

            return saved;
        });
        if (!result.Succeeded)
        {
            result.AddTo(ModelState, securityText);
            return Refused(StatusCodes.Status409Conflict);
        }

        TempData["Notice"] = text["Edit.Saved", user.Email ?? ""].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDisableAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User))
        {
            await LoadFormAsync(user);
            ModelState.AddModelError(string.Empty, text[CannotDisableYourself]);
            return Refused(StatusCodes.Status409Conflict);
        }

        // A new security stamp, saved with the flag, ends the person's open sessions at their next check.
        user.IsDisabled = true;
        await users.UpdateSecurityStampAsync(user);
        TempData["Notice"] = text["Edit.Disabled", user.Email ?? ""].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostEnableAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        user.IsDisabled = false;
        await users.UpdateAsync(user);
        TempData["Notice"] = text["Edit.Enabled", user.Email ?? ""].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        TempData["Notice"] = text["Edit.Unlocked", user.Email ?? ""].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>A new set-password link: for an invitation that expired, or a forgotten password.</summary>
    public async Task<IActionResult> OnPostLinkAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (user.IsDisabled)
        {
            await LoadFormAsync(user);
            ModelState.AddModelError(string.Empty, text["Edit.LinkForDisabled"]);
            return Refused(StatusCodes.Status409Conflict);
        }

        TempData[SetPasswordLink.TempDataKey] = await SetPasswordLink.CreateAsync(users, user, Url, Request);
        return RedirectToPage(new { id });
    }

    private PageResult Refused(int status)
    {
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>The account, and the edit form filled with it as it is now.</summary>
    private async Task LoadFormAsync(ApplicationUser user)
    {
        await LoadAsync(user);
        Input = new()
        {
            DisplayName = user.DisplayName,
            Role = Account.Roles.Count > 0 ? Account.Roles[0] : "",
            MemberCode = Members.SingleOrDefault(m => m.Id == user.MemberId)?.Code,
            ConcurrencyStamp = user.ConcurrencyStamp ?? "",
        };
    }

    private async Task LoadAsync(ApplicationUser user)
    {
        Members = await MemberOption.LoadAsync(db);
        var lockedUntil = user.LockoutEnd > clock.GetUtcNow() ? user.LockoutEnd : null;
        Account = new(
            user.Id, user.DisplayName, user.Email ?? "", [.. await users.GetRolesAsync(user)],
            Members.SingleOrDefault(m => m.Id == user.MemberId)?.Label, user.TwoFactorEnabled, user.IsDisabled, lockedUntil,
            user.PasswordHash is not null, user.CreatedAt, user.Id == users.GetUserId(User));
    }

    public sealed record AccountView(
        string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, string? Member, bool TwoFactorEnabled,
        bool IsDisabled, DateTimeOffset? LockedUntil, bool HasPassword, DateTimeOffset CreatedAt, bool IsYou)
    {
        public AccountState State => IndexModel.StateOf(IsDisabled, LockedUntil, HasPassword);
    }

    public sealed class InputModel : IRoleAndMember
    {
        public string? DisplayName { get; set; }

        public string? Role { get; set; }

        public string? MemberCode { get; set; }

        /// <summary>Identity's version of the account when the form was shown: a change made since is not overwritten.</summary>
        public string? ConcurrencyStamp { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IReadOnlyCollection<MemberOption> members, IStringLocalizer<AdminResources> text)
        {
            RuleFor(x => x.DisplayName).NotEmpty().WithMessage(text["Users.NameRequired"])
                .MaximumLength(200).WithMessage(text["Users.NameTooLong"])
                .Must(DisplayNames.HasNoControlCharacters).WithMessage(text["Users.NameControlCharacters"]);
            Include(new RoleAndMemberValidator(members, text));
        }
    }
}
