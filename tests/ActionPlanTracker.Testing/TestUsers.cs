using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace ActionPlanTracker.Testing;

/// <summary>An account made for a test, with what is needed to sign in as it.</summary>
public sealed record TestUser(string Email, string Password, string Role, string? MemberCode, int? MemberId, string? AuthenticatorKey);

public static class TestUsers
{
    public const string Password = "correct horse battery staple";

    /// <summary>Creates an account through the application's own UserManager. Administrators get an authenticator.</summary>
    public static async Task<TestUser> CreateAsync(this AppFactory factory, string role, string? memberCode = null, string? email = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlanDbContext>();
        int? memberId = memberCode is null ? null : await db.Members.Where(m => m.Code == memberCode).Select(m => m.Id).SingleAsync();
        email ??= $"{role.ToLowerInvariant()}{(memberCode is null ? "" : "-" + memberCode.ToLowerInvariant())}-{Guid.NewGuid():N}@example.org";
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = $"{Roles.Label(role)}{(memberCode is null ? "" : " " + memberCode)}",
            MemberId = memberId,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));

        string? key = null;
        if (role == Roles.Administrator)
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            key = await users.GetAuthenticatorKeyAsync(user);
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        return new TestUser(email, Password, role, memberCode, memberId, key);
    }

    /// <summary>Signs in through the real sign-in form (and the code form, for an account with an authenticator).</summary>
    public static async Task<HttpClient> SignInAsync(this AppFactory factory, TestUser user)
    {
        var client = factory.CreateClient();
        using var response = await client.PostFormAsync("/account/sign-in", ("Input.Email", user.Email), ("Input.Password", user.Password));
        if (response.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/account/sign-in-code", StringComparison.Ordinal) == true)
        {
            using var code = await client.PostFormAsync(response.RequestMessage.RequestUri.PathAndQuery, ("Input.Code", CurrentCode(user)));
            EnsureSignedIn(code, user);
            return client;
        }

        EnsureSignedIn(response, user);
        return client;
    }

    public static async Task<HttpClient> SignInAsAsync(this AppFactory factory, string role, string? memberCode = null) =>
        await factory.SignInAsync(await factory.CreateAsync(role, memberCode));

    public static string CurrentCode(TestUser user) =>
        new Totp(Base32Encoding.ToBytes(user.AuthenticatorKey ?? throw new InvalidOperationException("This account has no authenticator."))).ComputeTotp();

    private static void EnsureSignedIn(HttpResponseMessage response, TestUser user)
    {
        var path = response.RequestMessage?.RequestUri?.AbsolutePath ?? "";
        if (path.StartsWith("/account/sign-in", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Signing in as {user.Email} failed: still on {path} ({(int)response.StatusCode}).");
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(' ', result.Errors.Select(e => e.Description)));
        }
    }
}
