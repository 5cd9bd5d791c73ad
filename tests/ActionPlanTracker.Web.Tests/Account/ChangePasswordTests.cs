using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ActionPlanTracker.Web.Tests.Account.AccountSteps;

namespace ActionPlanTracker.Web.Tests.Account;

public sealed class ChangePasswordTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Page = "/account/change-password";

    [Fact]
    public async Task New_password_replaces_the_old_one_and_the_session_goes_on()
    {
        var user = await app.Factory.CreateAsync(Roles.Secretariat);
        using var client = await app.Factory.SignInAsync(user);
        const string newPassword = "a new and rather longer passphrase";

        using var response = await client.PostFormAsync(Page,
            ("Input.CurrentPassword", user.Password), ("Input.NewPassword", newPassword), ("Input.ConfirmPassword", newPassword));

        Assert.Equal("/account", PathOf(response));
        Assert.Contains("Your password is changed.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var fresh = app.Factory.CreateClient();
        Assert.Equal("/account/sign-in", PathOf(await fresh.TrySignInAsync(user.Email, user.Password)));
        Assert.NotEqual("/account/sign-in", PathOf(await fresh.TrySignInAsync(user.Email, newPassword)));
        var stored = await app.Factory.UserAsync(user.Email);
        await using var db = app.Factory.CreateDbContext();
        var audit = await db.AuditEvents.SingleAsync(e => e.Entity == "User" && e.EntityKey == stored.Id && e.Action == nameof(AuditAction.PasswordChanged));
        Assert.Equal(user.Email, audit.Actor);
        Assert.DoesNotContain(stored.PasswordHash!, audit.After ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_current_password_is_refused_next_to_its_field_and_nothing_changes()
    {
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        using var client = await app.Factory.SignInAsync(user);
        var before = (await app.Factory.UserAsync(user.Email)).PasswordHash;

        using var response = await client.PostFormAsync(Page,
            ("Input.CurrentPassword", "this is not my password"), ("Input.NewPassword", "another long passphrase"),
            ("Input.ConfirmPassword", "another long passphrase"));

        var html = await AssertStatusAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("The current password is not right.</span>", html, StringComparison.Ordinal);
        Assert.Equal(before, (await app.Factory.UserAsync(user.Email)).PasswordHash);
    }

    [Fact]
    public async Task Eleven_characters_are_refused_with_the_rule_in_words()
    {
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        using var client = await app.Factory.SignInAsync(user);
        var before = (await app.Factory.UserAsync(user.Email)).PasswordHash;

        using var response = await client.PostFormAsync(Page,
            ("Input.CurrentPassword", user.Password), ("Input.NewPassword", "elevenchars"), ("Input.ConfirmPassword", "elevenchars"));

        var html = await AssertStatusAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(Encoded(EnglishTexts.PasswordTooShort), html, StringComparison.Ordinal);
        Assert.Equal(before, (await app.Factory.UserAsync(user.Email)).PasswordHash);
    }

    [Fact]
    public async Task A_100_character_passphrase_is_accepted_and_signs_in()
    {
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        using var client = await app.Factory.SignInAsync(user);
        var passphrase = string.Concat(Enumerable.Repeat("purple otter ", 7)) + "ends here";
        Assert.Equal(100, passphrase.Length);

        using var response = await client.PostFormAsync(Page,
            ("Input.CurrentPassword", user.Password), ("Input.NewPassword", passphrase), ("Input.ConfirmPassword", passphrase));

        Assert.Equal("/account", PathOf(response));
        using var fresh = app.Factory.CreateClient();
        Assert.NotEqual("/account/sign-in", PathOf(await fresh.TrySignInAsync(user.Email, passphrase)));
    }

    [Fact]
    public async Task Confirmation_that_differs_is_refused()
    {
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        using var client = await app.Factory.SignInAsync(user);

        using var response = await client.PostFormAsync(Page,
            ("Input.CurrentPassword", user.Password), ("Input.NewPassword", "one long passphrase"), ("Input.ConfirmPassword", "one long passphrasf"));

        var html = await AssertStatusAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("The two new passwords are not the same.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guessing_the_current_password_locks_the_account_like_the_sign_in_form()
    {
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        using var client = await app.Factory.SignInAsync(user);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await client.PostFormAsync(Page,
                ("Input.CurrentPassword", $"guess number {attempt} here"), ("Input.NewPassword", "a takeover passphrase"),
                ("Input.ConfirmPassword", "a takeover passphrase"));
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        using var right = await client.PostFormAsync(Page,
            ("Input.CurrentPassword", user.Password), ("Input.NewPassword", "a takeover passphrase"), ("Input.ConfirmPassword", "a takeover passphrase"));

        var html = await AssertStatusAsync(right, HttpStatusCode.TooManyRequests);
        Assert.Contains(Encoded(EnglishTexts.PasswordTooManyAttempts), html, StringComparison.Ordinal);
        Assert.True((await app.Factory.UserAsync(user.Email)).LockoutEnd > DateTimeOffset.UtcNow);
    }
}
