using System.Text;
using ActionPlanTracker.Data.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Account;

/// <summary>
/// Where an invitation (or a new link from an administrator) leads: the link carries a password-reset token, valid for
/// one day and one use, with which the person chooses a password.
/// </summary>
[AllowAnonymous]
public sealed class SetPasswordModel(UserManager<ApplicationUser> users, IStringLocalizer<AccountText> text) : PageModel
{
    /// <summary>The key of the explanation of a broken link, in <see cref="AccountText"/>.</summary>
    public const string InvalidLink = "SetPassword.InvalidLink";

    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Email { get; private set; } = "";

    public bool LinkWorks { get; private set; }

    /// <summary>Encodes a token for a link: Identity's tokens hold '+', '/' and '=', which mail programs mangle.</summary>
    public static string EncodeToken(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

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

        if (!new Validator(text).Validate(Input).AddTo(ModelState))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, token, Input.Password!);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState, text, passwordKey: "Input.Password");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Notice"] = text["SetPassword.Saved"].Value;
        return RedirectToPage("./SignIn");
    }

    private async Task<(ApplicationUser User, string Token)?> FindAsync()
    {
        if (string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token) || Decode(Token) is not { } token
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

    private static string? Decode(string encoded)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
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
        public Validator(IStringLocalizer<AccountText> text)
        {
            RuleFor(x => x.Password).NewPassword(text);
            RuleFor(x => x.ConfirmPassword).Equal(x => x.Password)
                .WithMessage(text["SetPassword.Mismatch"]);
        }
    }
}
