using System.Text;
using ActionPlanTracker.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace ActionPlanTracker.Web.Security;

/// <summary>
/// The link an administrator passes on to a new user (until e-mail is sent by the application): the set-password page
/// with a password-reset token, which lasts one day and works once.
/// </summary>
public static class SetPasswordLink
{
    /// <summary>The TempData key under which the link travels to the next page, to be shown there once.</summary>
    public const string TempDataKey = "SetPasswordLink";

    /// <summary>The key of the explanation of a broken link, in <see cref="SecurityResources"/>.</summary>
    public const string Invalid = "SetPasswordLink.Invalid";

    public static async Task<string> CreateAsync(UserManager<ApplicationUser> users, ApplicationUser user, IUrlHelper url, HttpRequest request)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return url.Page(
            "/Account/SetPassword", pageHandler: null,
            values: new { userId = user.Id, token = EncodeToken(token) },
            protocol: request.Scheme, host: request.Host.Value)!;
    }

    /// <summary>Encodes a token for a link: Identity's tokens hold '+', '/' and '=', which mail programs mangle.</summary>
    public static string EncodeToken(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>The token a link carries; null when what it carries cannot be one.</summary>
    public static string? DecodeToken(string encoded)
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
}
