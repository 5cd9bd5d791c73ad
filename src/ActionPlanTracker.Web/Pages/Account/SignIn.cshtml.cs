using ActionPlanTracker.Data.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlanTracker.Web.Pages.Account;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<ApplicationUser> signIn, ILogger<SignInModel> logger) : PageModel
{
    public const string Failed = "The e-mail address or the password is not right.";
    public const string LockedOut = "This account is locked after too many failed attempts. Try again in 15 minutes, or ask an administrator to unlock it.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!new Validator().Validate(Input).AddTo(ModelState))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email!.Trim(), Input.Password!, isPersistent: false, lockoutOnFailure: true);
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
            logger.LogWarning("Sign-in refused: account locked out");
            ModelState.AddModelError(string.Empty, LockedOut);
            return Page();
        }

        ModelState.AddModelError(string.Empty, Failed);
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
        public Validator()
        {
            RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your e-mail address.")
                .MaximumLength(256).WithMessage("An e-mail address here is at most 256 characters.");
            RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password.")
                .MaximumLength(1024).WithMessage("A password here is at most 1,024 characters.");
        }
    }
}
