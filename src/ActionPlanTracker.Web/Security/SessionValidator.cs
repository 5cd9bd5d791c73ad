using System.Security.Claims;
using ActionPlanTracker.Data.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ActionPlanTracker.Web.Security;

/// <summary>
/// Checks every signed-in request against the account as stored (one plain read of its stamp and its disabled flag,
/// <see cref="SessionStampReader"/>): a session ends at its next request, on every replica, once the account's
/// security stamp has changed (sign-out, a new password, a new role or member, two-factor set up or reset) or the
/// account is disabled. The session keeps the claims it was signed in with; the cookie is not rewritten.
/// </summary>
public sealed class SessionValidator(
    IOptions<SecurityStampValidatorOptions> options, SignInManager<ApplicationUser> signInManager, ILoggerFactory logger,
    SessionStampReader sessions, IOptions<IdentityOptions> identity)
    : SecurityStampValidator<ApplicationUser>(options, signInManager, logger)
{
    /// <summary>The account, when the session's stamp is its current one and it is enabled; null ends the session.</summary>
    /// <remarks>Only the account's id is read back: nothing after the check uses the rest of it.</remarks>
    protected override async Task<ApplicationUser?> VerifySecurityStamp(ClaimsPrincipal? principal)
    {
        var id = principal?.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        var stamp = principal?.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return id is not null && stamp is not null && await sessions.IsCurrentAsync(id, stamp, CancellationToken.None)
            ? new ApplicationUser { Id = id }
            : null;
    }

    /// <summary>The stamp matched: the session goes on as it is.</summary>
    protected override Task SecurityStampVerified(ApplicationUser user, CookieValidatePrincipalContext context) => Task.CompletedTask;
}
