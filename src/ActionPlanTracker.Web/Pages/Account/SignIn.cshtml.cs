using System.Collections.Concurrent;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ActionPlanTracker.Web.Pages.Account;

/// <remarks>
/// A refusal answers 400 and reads the same whether the account exists or not: the same message, the same lockout
/// after the same number of failures, and a password hash checked either way so the time taken does not tell either.
/// </remarks>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignInPolicy)]
public sealed class SignInModel(
    SignInManager<ApplicationUser> signIn, SignInThrottle throttle, UnknownAccountLockout unknownAccounts, ILogger<SignInModel> logger,
    IStringLocalizer<AccountResources> text, IStringLocalizer<SecurityResources> securityText, IOptions<PasswordHasherOptions> hashing) : PageModel
{
    public const string Failed = "SignIn.Failed";
    public const string LockedOut = "SignIn.LockedOut";
    public const string TooMany = "SignIn.TooMany";

    /// <summary>Hashes made like every stored one (by iteration count), checked for unknown names so they take as long as known ones.</summary>
    private static readonly ConcurrentDictionary<int, string> UnknownAccountHashes = new();

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!new Validator(text, securityText).Validate(Input).AddTo(ModelState))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var email = Input.Email!.Trim();
        if (await throttle.AttemptAsync(email, HttpContext.RequestAborted) is { } wait)
        {
            RateLimits.Reject(Response, wait);
            return Refuse(TooMany, StatusCodes.Status429TooManyRequests);
        }

        var user = await signIn.UserManager.FindByNameAsync(email);
        if (user is null)
        {
            return await RefuseUnknownAsync(email);
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl());
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("./SignInCode", new { ReturnUrl = SafeReturnUrl() });
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: account {UserId} locked out", user.Id);
            return Refuse(LockedOut);
        }

        return Refuse(Failed);
    }

    /// <summary>Like Identity for a real account: a locked name is refused at once, any other after a password check.</summary>
    private async Task<PageResult> RefuseUnknownAsync(string email)
    {
        if (await unknownAccounts.IsLockedOutAsync(email, HttpContext.RequestAborted))
        {
            return Refuse(LockedOut);
        }

        var decoy = UnknownAccountHashes.GetOrAdd(hashing.Value.IterationCount, iterations =>
            new PasswordHasher<ApplicationUser>(Options.Create(new PasswordHasherOptions { IterationCount = iterations }))
                .HashPassword(new(), Guid.NewGuid().ToString()));
        signIn.UserManager.PasswordHasher.VerifyHashedPassword(new ApplicationUser(), decoy, Input.Password!);
        return Refuse(await unknownAccounts.RecordFailureAsync(email, HttpContext.RequestAborted) ? LockedOut : Failed);
    }

    private PageResult Refuse(string message, int status = StatusCodes.Status400BadRequest)
    {
        Response.StatusCode = status;
        ModelState.AddModelError(string.Empty, text[message]);
        return Page();
    }

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";

    public sealed class InputModel
    {
        public string? Email { get; set; }

        public string? Password { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<AccountResources> text, IStringLocalizer<SecurityResources> securityText)
        {
            RuleFor(x => x.Email).NotEmpty().WithMessage(text["SignIn.EmailRequired"])
                .MaximumLength(256).WithMessage(text["Email.TooLong"]);
            RuleFor(x => x.Password).NotEmpty().WithMessage(text["SignIn.PasswordRequired"])
                .MaximumLength(PasswordRules.MaximumLength).WithMessage(securityText[PasswordRules.TooLong]);
        }
    }
}
