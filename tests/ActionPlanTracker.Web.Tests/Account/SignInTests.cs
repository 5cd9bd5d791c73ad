using System.Buffers.Binary;
using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ActionPlanTracker.Web.Tests.Account.AccountSteps;

namespace ActionPlanTracker.Web.Tests.Account;

public sealed class SignInTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Right_password_signs_in_and_the_account_page_shows_the_person()
    {
        var user = await app.Factory.CreateAsync(Roles.FocalPoint, "IT");
        using var client = app.Factory.CreateClient();

        using var response = await client.TrySignInAsync(user.Email, user.Password);
        var html = await client.GetStringAsync("/account");

        Assert.DoesNotContain("/account/sign-in", PathOf(response), StringComparison.Ordinal);
        Assert.Contains(user.Email, html, StringComparison.Ordinal);
        Assert.Contains("National focal point", html, StringComparison.Ordinal);
        Assert.Contains("Italy", html, StringComparison.Ordinal);
        Assert.Contains("Set up an authenticator app", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_message_that_does_not_say_which_part_was_wrong()
    {
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        using var client = app.Factory.CreateClient();

        using var wrongPassword = await client.TrySignInAsync(user.Email, "not the password at all");
        using var unknownEmail = await client.TrySignInAsync("nobody-" + user.Email, user.Password);

        Assert.Contains(Encoded(EnglishTexts.SignInFailed), await wrongPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(Encoded(EnglishTexts.SignInFailed), await unknownEmail.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var account = await client.GetAsync("/account");
        Assert.Equal("/account/sign-in", PathOf(account));
        Assert.Equal(1, (await app.Factory.UserAsync(user.Email)).AccessFailedCount);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_even_the_right_one_is_refused()
    {
        var user = await app.Factory.CreateAsync(Roles.Secretariat);
        using var client = app.Factory.CreateClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await client.TrySignInAsync(user.Email, $"wrong password number {attempt}");
            Assert.Contains(Encoded(EnglishTexts.SignInFailed), await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var fifth = await client.TrySignInAsync(user.Email, "wrong password number 5");
        using var right = await client.TrySignInAsync(user.Email, user.Password);

        Assert.Contains(Encoded(EnglishTexts.SignInLockedOut), await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(Encoded(EnglishTexts.SignInLockedOut), await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/account/sign-in", PathOf(right));
        var stored = await app.Factory.UserAsync(user.Email);
        Assert.True(stored.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14));
        await using var db = app.Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Entity == "User" && e.EntityKey == stored.Id && e.Action == nameof(AuditAction.LockedOut)));
    }

    [Fact]
    public async Task Disabled_account_cannot_sign_in_even_with_the_right_password()
    {
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        await app.Factory.WithUsersAsync(async users =>
        {
            var stored = (await users.FindByEmailAsync(user.Email))!;
            stored.IsDisabled = true;
            await users.UpdateAsync(stored);
        });
        using var client = app.Factory.CreateClient();

        using var response = await client.TrySignInAsync(user.Email, user.Password);

        Assert.Equal("/account/sign-in", PathOf(response));
        Assert.Contains(Encoded(EnglishTexts.SignInFailed), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account")]
    [InlineData("/account/change-password")]
    [InlineData("/account/two-factor")]
    [InlineData("/admin/users")]
    public async Task Anonymous_visitor_of_a_protected_page_is_sent_to_sign_in(string page)
    {
        using var client = app.Factory.CreateNonRedirectingClient();

        using var response = await client.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/account/sign-in?ReturnUrl={Uri.EscapeDataString(page)}", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task Sign_in_goes_back_only_to_an_address_of_this_site()
    {
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        using var client = app.Factory.CreateNonRedirectingClient();

        using var local = await client.PostFormAsync(
            "/account/sign-in?ReturnUrl=%2Faccount", ("Input.Email", user.Email), ("Input.Password", user.Password), ("ReturnUrl", "/account"));
        using var other = await client.PostFormAsync(
            "/account/sign-in", ("Input.Email", user.Email), ("Input.Password", user.Password), ("ReturnUrl", "https://evil.example/"));

        Assert.Equal("/account", local.Headers.Location?.OriginalString);
        Assert.Equal("/", other.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Sign_in_cookie_is_host_prefixed_secure_http_only_and_same_site()
    {
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        using var client = app.Factory.CreateNonRedirectingClient();

        using var response = await client.TrySignInAsync(user.Email, user.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-ActionPlanTracker=", StringComparison.Ordinal));
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("path=/", attributes);
        Assert.Contains(attributes, a => a is "samesite=lax" or "samesite=strict");
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stored_password_hash_is_pbkdf2_with_at_least_210000_iterations()
    {
        // The other tests' hosts hash with fewer iterations, to save time; this one keeps the application's own setting.
        await using var production = new AppFactory(app.Factory.ConnectionString) { PasswordIterations = null };
        var user = await production.CreateAsync(Roles.Auditor);

        var hash = Convert.FromBase64String((await production.UserAsync(user.Email)).PasswordHash!);

        Assert.Equal(0x01, hash[0]);
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)) >= 210_000);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await app.Factory.SignInAsAsync(Roles.Auditor);

        using var signOut = await client.PostFormAsync("/account", [], postUrl: "/account/sign-out");
        using var account = await client.GetAsync("/account");

        Assert.Equal("/account/sign-in", PathOf(account));
        client.Dispose();
    }
}
