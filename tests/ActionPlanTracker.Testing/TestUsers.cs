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
            using var code = await client.PostFormAsync(response.RequestMessage.RequestUri.PathAndQuery, ("Input.Code", await CurrentCodeAsync(factory.Services, user)));
            EnsureSignedIn(code, user);
            return client;
        }

        EnsureSignedIn(response, user);
        return client;
    }

    public static async Task<HttpClient> SignInAsAsync(this AppFactory factory, string role, string? memberCode = null) =>
        await factory.SignInAsync(await factory.CreateAsync(role, memberCode));

    /// <summary>
    /// A code the application will accept now: each code works once, so this is the current 30-second step's code, or
    /// a later step's when the current one was used already (the application allows two steps of drift; past those it
    /// waits). Time is the application's own clock.
    /// </summary>
    public static async Task<string> CurrentCodeAsync(IServiceProvider services, TestUser user)
    {
        var totp = new Totp(Base32Encoding.ToBytes(user.AuthenticatorKey ?? throw new InvalidOperationException("This account has no authenticator.")));
        long? last;
        await using (var scope = services.CreateAsyncScope())
        {
            last = await scope.ServiceProvider.GetRequiredService<ActionPlanDbContext>().Users
                .Where(u => u.Email == user.Email).Select(u => u.LastAuthenticatorStep).SingleAsync();
        }

        var clock = services.GetRequiredService<TimeProvider>();
        var current = clock.GetUtcNow().ToUnixTimeSeconds() / 30;
        var step = Math.Max(current, (last ?? 0) + 1);
        if (step > current + 2)
        {
            await Task.Delay(TimeSpan.FromSeconds(((step - 2) * 30) - clock.GetUtcNow().ToUnixTimeSeconds() + 1));
        }

        return totp.ComputeTotp(DateTime.UnixEpoch.AddSeconds(step * 30));
    }

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
