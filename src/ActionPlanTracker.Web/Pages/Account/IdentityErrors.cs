using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ActionPlanTracker.Web.Pages.Account;

/// <summary>
/// Identity's refusals in the application's words, each put next to the field it concerns. Identity's own
/// descriptions are written for developers and name no field.
/// </summary>
public static class IdentityErrors
{
    public const string Conflict = "Someone else changed this account at the same moment. Nothing was saved: reload the page and try again.";

    public static string Message(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => PasswordRules.TooShort,
        nameof(IdentityErrorDescriber.PasswordMismatch) => "The current password is not right.",
        nameof(IdentityErrorDescriber.InvalidToken) => SetPasswordModel.InvalidLink,
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) =>
            "There is already an account with this e-mail address.",
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) =>
            "This e-mail address cannot be used for an account. Check it for spaces or unusual characters.",
        nameof(IdentityErrorDescriber.ConcurrencyFailure) => Conflict,
        _ => error.Description,
    };

    /// <summary>Adds each error under the key of its field (a null key: at the top of the form).</summary>
    public static void AddTo(
        this IdentityResult result, ModelStateDictionary modelState,
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
            modelState.AddModelError(key ?? string.Empty, Message(error));
        }
    }
}
