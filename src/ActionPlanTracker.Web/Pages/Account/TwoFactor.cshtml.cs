using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace ActionPlanTracker.Web.Pages.Account;

/// <summary>
/// Sets up, turns off or renews sign-in with an authenticator app (TOTP). Every user may use one; administrators must,
/// and <see cref="Security.TwoFactorRequirementMiddleware"/> sends them here until they have.
/// </summary>
public sealed class TwoFactorModel(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, IStringLocalizer<AccountResources> text) : PageModel
{
    /// <summary>The keys of its refusals, in <see cref="AccountResources"/>.</summary>
    public const string WrongCode = "TwoFactor.WrongCode";
    public const string AdministratorsKeepIt = "TwoFactor.AdministratorsKeepIt";
    private const string RecoveryCodesKey = "RecoveryCodes";
    private const int RecoveryCodeCount = 10;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool IsEnabled { get; private set; }

    public bool IsAdministrator { get; private set; }

    /// <summary>The shared key in groups of four, for typing into an app that cannot scan.</summary>
    public string SharedKey { get; private set; } = "";

    /// <summary>The QR code, drawn here as SVG: the key never leaves the server for an image service.</summary>
    public string QrCodeSvg { get; private set; } = "";

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Shown once, right after set-up.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await LoadAsync(user);
        NewRecoveryCodes = TempData[RecoveryCodesKey] is string codes ? codes.Split(' ') : [];
        return Page();
    }

    /// <summary>Checks a code from the app against the key, then turns two-factor sign-in on.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        if (!new Validator(text).Validate(Input).AddTo(ModelState))
        {
            return await RefusedAsync(user, StatusCodes.Status400BadRequest);
        }

        var code = OneTimeCode.Normalise(Input.Code);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Input.Code", text[WrongCode]);
            return await RefusedAsync(user, StatusCodes.Status400BadRequest);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var recoveryCodes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];

        // The cookie carries the two-factor state (AppClaimsPrincipalFactory): renew it so the requirement is met now.
        await signIn.RefreshSignInAsync(user);
        TempData[RecoveryCodesKey] = string.Join(' ', recoveryCodes);
        TempData["Notice"] = text["TwoFactor.TurnedOn"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (await users.IsInRoleAsync(user, Roles.Administrator))
        {
            ModelState.AddModelError(string.Empty, text[AdministratorsKeepIt]);
            return await RefusedAsync(user, StatusCodes.Status409Conflict);
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = text["TwoFactor.TurnedOff"].Value;
        return RedirectToPage("./Index");
    }

    /// <summary>A new key (after a lost or replaced phone): the old app entry stops working and set-up starts again.</summary>
    public async Task<IActionResult> OnPostResetKeyAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = text["TwoFactor.KeyReset"].Value;
        return RedirectToPage();
    }

    private async Task<PageResult> RefusedAsync(ApplicationUser user, int status)
    {
        await LoadAsync(user);
        Response.StatusCode = status;
        return Page();
    }

    private async Task LoadAsync(ApplicationUser user)
    {
        IsEnabled = user.TwoFactorEnabled;
        IsAdministrator = await users.IsInRoleAsync(user, Roles.Administrator);
        if (IsEnabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);

            // Making the key renewed the security stamp, which would end this session at the next check.
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        SharedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(group => new string(group)));
        QrCodeSvg = QrCode(AuthenticatorUri(user.Email ?? user.UserName ?? "", key));
    }

    public static string AuthenticatorUri(string email, string key) =>
        $"otpauth://totp/ActionPlanTracker:{Uri.EscapeDataString(email)}?secret={key}&issuer=ActionPlanTracker&digits=6";

    private static string QrCode(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(5);
    }

    public sealed class InputModel
    {
        public string? Code { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<AccountResources> text)
        {
            RuleFor(x => x.Code).NotEmpty().WithMessage(text["TwoFactor.CodeRequired"]);
            RuleFor(x => x.Code).Must(c => OneTimeCode.IsAuthenticatorCode(OneTimeCode.Normalise(c)))
                .When(x => !string.IsNullOrWhiteSpace(x.Code))
                .WithMessage(text["TwoFactor.CodeFormat"]);
        }
    }
}
