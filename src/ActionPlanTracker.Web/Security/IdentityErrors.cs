using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Security;

/// <summary>
/// Identity's refusals in the application's words, each put next to the field it concerns. Identity's own
/// descriptions are written for developers and name no field.
/// </summary>
public static class IdentityErrors
{
    public static string Message(IdentityError error, IStringLocalizer<SecurityResources> text) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => text[PasswordRules.TooShort],
        nameof(IdentityErrorDescriber.PasswordMismatch) => text["Identity.PasswordMismatch"],
        nameof(IdentityErrorDescriber.InvalidToken) => text[SetPasswordLink.Invalid],
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => text["Identity.DuplicateEmail"],
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => text["Identity.InvalidEmail"],
        nameof(IdentityErrorDescriber.ConcurrencyFailure) => text["Identity.Conflict"],
        _ => error.Description,
    };

    /// <summary>Adds each error under the key of its field (a null key: at the top of the form).</summary>
    public static void AddTo(
        this IdentityResult result, ModelStateDictionary modelState, IStringLocalizer<SecurityResources> text,
        string? emailKey = null, string? passwordKey = null, string? currentPasswordKey = null)
    {
        foreach (var error in result.Errors)
        {
            var key = error.Code switch
            {
                nameof(IdentityErrorDescriber.PasswordMismatch) => currentPasswordKey,
                nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
                    or nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => emailKey,
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => passwordKey,
                _ => null,
            };
            modelState.AddModelError(key ?? string.Empty, Message(error, text));
        }
    }
}
