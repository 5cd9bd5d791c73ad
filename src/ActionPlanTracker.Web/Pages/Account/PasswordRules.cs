using FluentValidation;

namespace ActionPlanTracker.Web.Pages.Account;

/// <summary>
/// What a new password must be: long, with no rules about its composition (NIST SP 800-63B). Identity checks the
/// same minimum (Hosting/SecuritySetup.cs); checking it here too puts the message next to the field before any work.
/// </summary>
public static class PasswordRules
{
    public const int MinimumLength = 12;

    /// <summary>The sign-in form accepts no longer password, so no longer one can be chosen.</summary>
    public const int MaximumLength = 1024;

    public const string TooShort = "A password here has at least 12 characters. A few unrelated words make a passphrase that is long and easy to remember.";

    public const string TooLong = "A password here is at most 1,024 characters.";

    public static IRuleBuilderOptions<T, string?> NewPassword<T>(this IRuleBuilder<T, string?> rule) => rule
        .NotEmpty().WithMessage("Choose a password.")
        .MinimumLength(MinimumLength).WithMessage(TooShort)
        .MaximumLength(MaximumLength).WithMessage(TooLong);
}
