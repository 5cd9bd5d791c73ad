using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace ActionPlanTracker.Web.Security;

/// <summary>
/// Identity's authenticator codes (RFC 6238: six digits, 30-second steps, two steps of clock drift either way),
/// each accepted once. The step a code belongs to is claimed with one conditional update of the account's row, so
/// two sign-ins with the same code, at the same moment or on two replicas, let one through; a code from a step at
/// or before the last accepted one is refused too.
/// </summary>
public sealed class SingleUseAuthenticatorCodes(ActionPlanDbContext db, TimeProvider clock) : AuthenticatorTokenProvider<ApplicationUser>
{
    private static readonly VerificationWindow Drift = new(previous: 2, future: 2);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token.Length != 6 || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        byte[] secret;
        try
        {
            secret = Base32Encoding.ToBytes(key);
        }
        catch (ArgumentException)
        {
            return false;
        }

        if (!new Totp(secret).VerifyTotp(clock.GetUtcNow().UtcDateTime, token, out var step, Drift))
        {
            return false;
        }

        var claimed = await db.Users
            .Where(u => u.Id == user.Id && (u.LastAuthenticatorStep == null || u.LastAuthenticatorStep < step))
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.LastAuthenticatorStep, step));
        if (claimed == 1)
        {
            user.LastAuthenticatorStep = step;
        }

        return claimed == 1;
    }
}
