using ActionPlanTracker.Data.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlanTracker.Web.Pages.Account;

public sealed class ChangePasswordModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn) : PageModel
{
    public const string TooManyAttempts =
        "The current password was wrong too many times. Try again in 15 minutes, or ask an administrator to unlock your account.";

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

        if (!new Validator().Validate(Input).AddTo(ModelState))
        {
            return Refused(StatusCodes.Status400BadRequest);
        }

        // Wrong current passwords count towards the lockout, as at sign-in: a borrowed session cannot guess the password.
        if (await users.IsLockedOutAsync(user))
        {
            ModelState.AddModelError(string.Empty, TooManyAttempts);
            return Refused(StatusCodes.Status429TooManyRequests);
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword!, Input.NewPassword!);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                await users.AccessFailedAsync(user);
            }

            result.AddTo(ModelState, passwordKey: "Input.NewPassword", currentPasswordKey: "Input.CurrentPassword");
            return Refused(StatusCodes.Status400BadRequest);
        }

        await users.ResetAccessFailedCountAsync(user);

        // The change renewed the account's security stamp; a fresh cookie keeps this session while others end.
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = "Your password is changed. Use the new one from now on.";
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
        public Validator()
        {
            RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage("Enter your current password.");
            RuleFor(x => x.NewPassword).NewPassword();
            RuleFor(x => x.NewPassword).NotEqual(x => x.CurrentPassword)
                .When(x => !string.IsNullOrEmpty(x.NewPassword))
                .WithMessage("The new password is the same as the current one. Choose a different one.");
            RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword)
                .WithMessage("The two new passwords are not the same. Type the new password again.");
        }
    }
}
