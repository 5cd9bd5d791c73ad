using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Account;

public sealed class ChangePasswordModel(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn,
    IStringLocalizer<AccountResources> text, IStringLocalizer<SecurityResources> securityText) : PageModel
{

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!new Validator(text, securityText).Validate(Input).AddTo(ModelState))
        {
            return Refused(StatusCodes.Status400BadRequest);
        }

        // Wrong current passwords count towards the lockout, as at sign-in: a borrowed session cannot guess the password.
        if (await users.IsLockedOutAsync(user))
        {
            ModelState.AddModelError(string.Empty, text["ChangePassword.TooManyAttempts"]);
            return Refused(StatusCodes.Status429TooManyRequests);
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword!, Input.NewPassword!);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                await users.AccessFailedAsync(user);
            }

            result.AddTo(ModelState, securityText, passwordKey: "Input.NewPassword", currentPasswordKey: "Input.CurrentPassword");
            return Refused(StatusCodes.Status400BadRequest);
        }

        await users.ResetAccessFailedCountAsync(user);

        // The change renewed the account's security stamp; a fresh cookie keeps this session while others end.
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = text["ChangePassword.Saved"].Value;
        return RedirectToPage("./Index");
    }

    private PageResult Refused(int status)
    {
        Response.StatusCode = status;
        return Page();
    }

    public sealed class InputModel
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }

        public string? ConfirmPassword { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<AccountResources> text, IStringLocalizer<SecurityResources> securityText)
        {
            RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage(text["ChangePassword.CurrentRequired"]);
            RuleFor(x => x.NewPassword).NewPassword(securityText);
            RuleFor(x => x.NewPassword).NotEqual(x => x.CurrentPassword)
                .When(x => !string.IsNullOrEmpty(x.NewPassword))
                .WithMessage(text["ChangePassword.SameAsCurrent"]);
            RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword)
                .WithMessage(text["ChangePassword.Mismatch"]);
        }
    }
}
