using System.Globalization;
using System.Security.Claims;
using ActionPlanTracker.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ActionPlanTracker.Web.Security;

/// <summary>Adds the member, the display name and the two-factor state to the sign-in cookie, so pages need no lookup.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.DisplayNameType, user.DisplayName));
        identity.AddClaim(new Claim(AppClaims.TwoFactorType, user.TwoFactorEnabled ? "true" : "false"));
        if (user.PreferredLanguage is { Length: > 0 } language)
        {
            identity.AddClaim(new Claim(AppClaims.LanguageType, language));
        }

        if (user.MemberId is { } member)
        {
            identity.AddClaim(new Claim(AppClaims.MemberIdType, member.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
