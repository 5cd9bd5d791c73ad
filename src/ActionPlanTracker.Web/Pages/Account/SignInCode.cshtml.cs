using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace ActionPlanTracker.Web.Pages.Account;

/// <summary>The second step of sign-in for an account with an authenticator app: the password was right, now the code.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignInPolicy)]
public sealed class SignInCodeModel(
    SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, ILogger<SignInCodeModel> logger,
    IStringLocalizer<AccountResources> text) : PageModel
{
    public const string WrongCode = "SignInCode.WrongCode";
    public const string StartAgain = "SignInCode.StartAgain";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("./SignIn", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        // The first step leaves a short-lived cookie naming the account; without it there is nothing to complete.
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            TempData["Notice"] = text[StartAgain].Value;
            return RedirectToPage("./SignIn", new { ReturnUrl });
        }

        if (!new Validator(text).Validate(Input).AddTo(ModelState))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var code = OneTimeCode.Normalise(Input.Code);
        var result = OneTimeCode.IsAuthenticatorCode(code)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await RecoveryCodeSignInAsync(user, OneTimeCode.AsStoredRecoveryCode(code));
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut || await users.IsLockedOutAsync(user))
        {
            logger.LogWarning("Sign-in refused at the code step: account locked out");
            ModelState.AddModelError(string.Empty, text[SignInModel.LockedOut]);
            return Page();
        }

        ModelState.AddModelError("Input.Code", text[WrongCode]);
        return Page();
    }

    /// <summary>A recovery code stands in for the app once. Wrong ones count towards the lockout like wrong app codes.</summary>
    private async Task<SignInResult> RecoveryCodeSignInAsync(ApplicationUser user, string code)
    {
        if (!await signIn.CanSignInAsync(user))
        {
            return SignInResult.NotAllowed;
        }

        if (await users.IsLockedOutAsync(user))
        {
            return SignInResult.LockedOut;
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            logger.LogInformation("Signed in with a recovery code");
            return result;
        }

        await users.AccessFailedAsync(user);
        return result;
    }

    public sealed class InputModel
    {
        public string? Code { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<AccountResources> text)
        {
            RuleFor(x => x.Code).NotEmpty().WithMessage(text["SignInCode.CodeRequired"]);
            RuleFor(x => x.Code)
                .Must(c => OneTimeCode.Normalise(c) is var code && (OneTimeCode.IsAuthenticatorCode(code) || OneTimeCode.IsRecoveryCode(code)))
                .When(x => !string.IsNullOrWhiteSpace(x.Code))
                .WithMessage(text["SignInCode.CodeFormat"]);
        }
    }
}
