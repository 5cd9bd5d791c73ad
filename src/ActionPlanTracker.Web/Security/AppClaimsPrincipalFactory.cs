using System.Globalization;
using System.Security.Claims;
using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ActionPlanTracker.Web.Security;

/// <summary>
/// Adds the member, the display name and the two-factor state to the sign-in cookie, so pages need no lookup. A focal
/// point of a member that no longer files reports (deactivated, or set not to report) signs in without the focal-point
/// role: every focal point's page and action refuses them, and the API's tokens, made by this factory too, read as theirs.
/// </summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, ActionPlanDbContext db)
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
            if (identity.FindFirst(c => c.Type == Options.ClaimsIdentity.RoleClaimType && c.Value == Roles.FocalPoint) is { } focalPoint
                && !await db.Members.Where(m => m.Id == member).AnyAsync(Member.FilingReports))
            {
                identity.RemoveClaim(focalPoint);
            }
        }

        return identity;
    }
}
