using System.Globalization;
using System.Security.Claims;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Security;

/// <summary>The claims the application adds at sign-in, and how pages read them.</summary>
public static class AppClaims
{
    public const string MemberIdType = "apt:member_id";
    public const string DisplayNameType = "apt:display_name";
    public const string TwoFactorType = "apt:two_factor";
    public const string LanguageType = "apt:language";

    public static int? MemberId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(MemberIdType), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayNameType) is { Length: > 0 } name ? name : user.Identity?.Name ?? "";

    public static bool CanReadAll(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Secretariat) || user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Auditor);

    /// <summary>The language the person chose ("en" or "fr"), or null if they have not chosen.</summary>
    public static string? Language(this ClaimsPrincipal user) => user.FindFirstValue(LanguageType);

    public static bool HasTwoFactor(this ClaimsPrincipal user) => user.FindFirstValue(TwoFactorType) == "true";
}
