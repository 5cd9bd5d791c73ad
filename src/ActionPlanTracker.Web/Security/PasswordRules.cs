using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Security;

/// <summary>
/// What a new password must be: long, with no rules about its composition (NIST SP 800-63B). Identity checks the
/// same minimum (Hosting/SecuritySetup.cs); checking it here too puts the message next to the field before any work.
/// </summary>
public static class PasswordRules
{
    public const int MinimumLength = 12;

    /// <summary>The sign-in form accepts no longer password, so no longer one can be chosen.</summary>
    public const int MaximumLength = 1024;

    /// <summary>The key of the message for a password that is too short, in <see cref="SecurityResources"/>.</summary>
    public const string TooShort = "Password.TooShort";

    public const string TooLong = "Password.TooLong";

    public static IRuleBuilderOptions<T, string?> NewPassword<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<SecurityResources> text) => rule
        .NotEmpty().WithMessage(text["Password.Required"])
        .MinimumLength(MinimumLength).WithMessage(text[TooShort])
        .MaximumLength(MaximumLength).WithMessage(text[TooLong]);
}
