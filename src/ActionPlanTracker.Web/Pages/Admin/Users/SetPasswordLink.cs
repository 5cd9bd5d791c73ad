using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Web.Pages.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ActionPlanTracker.Web.Pages.Admin.Users;

/// <summary>
/// The link an administrator passes on to a new user (until e-mail is sent by the application): the set-password page
/// with a password-reset token, which lasts one day and works once.
/// </summary>
public static class SetPasswordLink
{
    /// <summary>The TempData key under which the link travels to the next page, to be shown there once.</summary>
    public const string TempDataKey = "SetPasswordLink";

    public static async Task<string> CreateAsync(UserManager<ApplicationUser> users, ApplicationUser user, IUrlHelper url, HttpRequest request)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return url.Page(
            "/Account/SetPassword", pageHandler: null,
            values: new { userId = user.Id, token = SetPasswordModel.EncodeToken(token) },
            protocol: request.Scheme, host: request.Host.Value)!;
    }
}
