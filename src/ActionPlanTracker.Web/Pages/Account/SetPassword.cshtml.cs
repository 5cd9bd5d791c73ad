using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Account;

/// <summary>
/// Where an invitation (or a new link from an administrator) leads: the link carries a password-reset token, valid for
/// one day and one use, with which the person chooses a password.
/// </summary>
[AllowAnonymous]
public sealed class SetPasswordModel(
    UserManager<ApplicationUser> users, IStringLocalizer<AccountResources> text, IStringLocalizer<SecurityResources> securityText) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Email { get; private set; } = "";

    public bool LinkWorks { get; private set; }

    public string InvalidLink => securityText[SetPasswordLink.Invalid];

    public async Task<IActionResult> OnGetAsync()
    {
        // The token is in the address: keep it out of the Referer header of any link followed from here.
        Response.Headers.Append("Referrer-Policy", "no-referrer");
        return await FindAsync() is null ? BrokenLink() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await FindAsync() is not (ApplicationUser user, string token))
        {
            return BrokenLink();
        }

        if (!new Validator(text, securityText).Validate(Input).AddTo(ModelState))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, token, Input.Password!);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState, securityText, passwordKey: "Input.Password");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Notice"] = text["SetPassword.Saved"].Value;
        return RedirectToPage("./SignIn");
    }

    private async Task<(ApplicationUser User, string Token)?> FindAsync()
    {
        if (string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token) || SetPasswordLink.DecodeToken(Token) is not { } token
            || await users.FindByIdAsync(UserId) is not { IsDisabled: false } user)
        {
            return null;
        }

        var valid = await users.VerifyUserTokenAsync(
            user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<ApplicationUser>.ResetPasswordTokenPurpose, token);
        if (!valid)
        {
            return null;
        }

        Email = user.Email ?? "";
        LinkWorks = true;
        return (user, token);
    }

    private PageResult BrokenLink()
    {
        LinkWorks = false;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public sealed class InputModel
    {
        public string? Password { get; set; }

        public string? ConfirmPassword { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<AccountResources> text, IStringLocalizer<SecurityResources> securityText)
        {
            RuleFor(x => x.Password).NewPassword(securityText);
            RuleFor(x => x.ConfirmPassword).Equal(x => x.Password)
                .WithMessage(text["SetPassword.Mismatch"]);
        }
    }
}
