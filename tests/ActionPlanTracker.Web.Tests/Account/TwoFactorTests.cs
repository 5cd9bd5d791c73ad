using System.Net;
using System.Text.RegularExpressions;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Pages.Account;
using ActionPlanTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ActionPlanTracker.Web.Tests.Account.AccountSteps;

namespace ActionPlanTracker.Web.Tests.Account;

public sealed partial class TwoFactorTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Page = "/account/two-factor";

    [Fact]
    public async Task Set_up_with_the_key_shown_then_sign_in_asks_for_the_code()
    {
        var user = await app.Factory.CreateAsync(Roles.Secretariat);
        using var client = await app.Factory.SignInAsync(user);
        var setUp = await client.GetStringAsync(Page);
        var key = SharedKeyOn(setUp);

        using var enabled = await client.PostFormAsync(Page, ("Input.Code", CodeFor(key).Insert(3, " ")));

        Assert.Equal(Page, PathOf(enabled));
        Assert.Contains("Two-factor sign-in is on.", await enabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await app.Factory.UserAsync(user.Email);
        Assert.True(stored.TwoFactorEnabled);
        await using (var db = app.Factory.CreateDbContext())
        {
            Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityKey == stored.Id && e.Action == nameof(AuditAction.TwoFactorEnabled) && e.Actor == user.Email));
        }

        using var next = app.Factory.CreateClient();
        using var password = await next.TrySignInAsync(user.Email, user.Password);
        Assert.Equal("/account/sign-in-code", PathOf(password));
        Assert.Equal("/account/sign-in", PathOf(await next.GetAsync("/account")));
        using var wrong = await next.PostFormAsync(password.RequestMessage!.RequestUri!.PathAndQuery, ("Input.Code", WrongCodeFor(key)));
        Assert.Contains(Encoded(EnglishTexts.SignInCodeWrong), await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The code that turned two-factor on was used: each code works once, so sign-in takes the next one.
        using var right = await next.PostFormAsync(password.RequestMessage!.RequestUri!.PathAndQuery, ("Input.Code", CodeFor(key, stepOffset: 1)));
        Assert.Equal("/account", PathOf(await next.GetAsync("/account")));
    }

    [Fact]
    public async Task Set_up_page_draws_the_qr_code_itself_and_sends_the_key_nowhere_else()
    {
        using var client = await app.Factory.SignInAsAsync(Roles.Auditor);

        var html = await client.GetStringAsync(Page);

        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("otpauth://", html, StringComparison.Ordinal);
        Assert.Equal(32, SharedKeyOn(html).Length);
    }

    [Fact]
    public void Authenticator_link_names_the_application_and_the_account()
    {
        var uri = TwoFactorModel.AuthenticatorUri("fp+fr@example.org", "JBSWY3DPEHPK3PXP");

        Assert.Equal("otpauth://totp/ActionPlanTracker:fp%2Bfr%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=ActionPlanTracker&digits=6", uri);
    }

    [Fact]
    public async Task Wrong_code_at_set_up_is_refused_and_two_factor_stays_off()
    {
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        using var client = await app.Factory.SignInAsync(user);
        var key = SharedKeyOn(await client.GetStringAsync(Page));

        using var response = await client.PostFormAsync(Page, ("Input.Code", WrongCodeFor(key)));

        var html = await AssertStatusAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(Encoded(EnglishTexts.TwoFactorWrongCode), html, StringComparison.Ordinal);
        Assert.Equal(key, SharedKeyOn(html));
        Assert.False((await app.Factory.UserAsync(user.Email)).TwoFactorEnabled);
    }

    [Fact]
    public async Task Recovery_code_shown_at_set_up_signs_in_once()
    {
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        using var client = await app.Factory.SignInAsync(user);
        var key = SharedKeyOn(await client.GetStringAsync(Page));
        using var enabled = await client.PostFormAsync(Page, ("Input.Code", CodeFor(key)));
        var codes = RecoveryCodes().Matches(await enabled.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Contains("9 unused", await RecoveryCodeSignInAsync(user, codes[0].ToLowerInvariant()), StringComparison.Ordinal);

        using var again = app.Factory.CreateClient();
        using var password = await again.TrySignInAsync(user.Email, user.Password);
        using var reused = await again.PostFormAsync(password.RequestMessage!.RequestUri!.PathAndQuery, ("Input.Code", codes[0]));

        Assert.Contains(Encoded(EnglishTexts.SignInCodeWrong), await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/account/sign-in", PathOf(await again.GetAsync("/account")));
        Assert.Equal(1, (await app.Factory.UserAsync(user.Email)).AccessFailedCount);
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_account()
    {
        var user = await app.Factory.CreateAsync(Roles.Administrator);
        using var client = app.Factory.CreateClient();
        using var password = await client.TrySignInAsync(user.Email, user.Password);
        var codePage = password.RequestMessage!.RequestUri!.PathAndQuery;

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await client.PostFormAsync(codePage, ("Input.Code", WrongCodeFor(user.AuthenticatorKey!)));
            Assert.Contains(Encoded(EnglishTexts.SignInCodeWrong), await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var fifth = await client.PostFormAsync(codePage, ("Input.Code", WrongCodeFor(user.AuthenticatorKey!)));
        using var right = await client.PostFormAsync(codePage, ("Input.Code", await TestUsers.CurrentCodeAsync(app.Factory.Services, user)));

        Assert.Contains(Encoded(EnglishTexts.SignInLockedOut), await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(Encoded(EnglishTexts.SignInLockedOut), await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/account/sign-in", PathOf(await client.GetAsync("/account")));
    }

    [Fact]
    public async Task Code_page_without_a_password_first_leads_back_to_sign_in()
    {
        using var client = app.Factory.CreateNonRedirectingClient();

        using var response = await client.GetAsync("/account/sign-in-code?ReturnUrl=%2Faccount");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in?ReturnUrl=%2Faccount", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Administrator_without_two_factor_is_sent_to_set_it_up_from_any_page_until_done()
    {
        var admin = await app.Factory.CreateAsync(Roles.Administrator);
        await app.Factory.WithUsersAsync(async users =>
        {
            var stored = (await users.FindByEmailAsync(admin.Email))!;
            await users.SetTwoFactorEnabledAsync(stored, false);
            await users.ResetAuthenticatorKeyAsync(stored);
        });
        using var client = await app.Factory.SignInAsync(admin with { AuthenticatorKey = null });

        foreach (var page in new[] { "/account", "/admin/users", "/plans", "/admin/users/invite" })
        {
            using var response = await client.GetAsync(page);
            Assert.Equal(Page, PathOf(response));
        }

        var html = await client.GetStringAsync(Page);
        Assert.Contains("As an administrator, you must set up an authenticator app", html, StringComparison.Ordinal);
        using var enabled = await client.PostFormAsync(Page, ("Input.Code", CodeFor(SharedKeyOn(html))));
        using var users = await client.GetAsync("/admin/users");
        Assert.Equal("/admin/users", PathOf(users));
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
    }

    [Fact]
    public async Task Administrator_cannot_turn_two_factor_off()
    {
        var admin = await app.Factory.CreateAsync(Roles.Administrator);
        using var client = await app.Factory.SignInAsync(admin);
        Assert.DoesNotContain("Turn two-factor sign-in off", await client.GetStringAsync(Page), StringComparison.Ordinal);

        using var response = await client.PostFormAsync(Page, [], postUrl: Page + "?handler=Disable");

        var html = await AssertStatusAsync(response, HttpStatusCode.Conflict);
        Assert.Contains(Encoded(EnglishTexts.TwoFactorAdministratorsKeepIt), html, StringComparison.Ordinal);
        Assert.True((await app.Factory.UserAsync(admin.Email)).TwoFactorEnabled);
    }

    [Fact]
    public async Task Other_users_can_turn_two_factor_off_and_then_sign_in_with_the_password_alone()
    {
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        using var client = await app.Factory.SignInAsync(user);
        using var enabled = await client.PostFormAsync(Page, ("Input.Code", CodeFor(SharedKeyOn(await client.GetStringAsync(Page)))));
        Assert.True((await app.Factory.UserAsync(user.Email)).TwoFactorEnabled);

        using var response = await client.PostFormAsync(Page, [], postUrl: Page + "?handler=Disable");

        Assert.Equal("/account", PathOf(response));
        var stored = await app.Factory.UserAsync(user.Email);
        Assert.False(stored.TwoFactorEnabled);
        await using var db = app.Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityKey == stored.Id && e.Action == nameof(AuditAction.TwoFactorDisabled)));
        using var fresh = app.Factory.CreateClient();
        using var signIn = await fresh.TrySignInAsync(user.Email, user.Password);
        Assert.DoesNotContain("/account/sign-in", PathOf(signIn), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_key_replaces_the_old_one_and_set_up_starts_again()
    {
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        using var client = await app.Factory.SignInAsync(user);
        var oldKey = SharedKeyOn(await client.GetStringAsync(Page));
        using var enabled = await client.PostFormAsync(Page, ("Input.Code", CodeFor(oldKey)));

        using var response = await client.PostFormAsync(Page, [], postUrl: Page + "?handler=ResetKey");

        var newKey = SharedKeyOn(await response.Content.ReadAsStringAsync());
        Assert.NotEqual(oldKey, newKey);
        Assert.False((await app.Factory.UserAsync(user.Email)).TwoFactorEnabled);
    }

    private async Task<string> RecoveryCodeSignInAsync(TestUser user, string code)
    {
        using var client = app.Factory.CreateClient();
        using var password = await client.TrySignInAsync(user.Email, user.Password);
        using var signedIn = await client.PostFormAsync(password.RequestMessage!.RequestUri!.PathAndQuery, ("Input.Code", code));
        Assert.Equal("/account", PathOf(await client.GetAsync("/account")));
        return await client.GetStringAsync(Page);
    }

    /// <summary>A well-formed code that is none of those the app shows around now.</summary>
    private static string WrongCodeFor(string key)
    {
        var valid = Enumerable.Range(-3, 7).Select(step => CodeFor(key, step)).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => new string((char)('0' + i), 6)).First(code => !valid.Contains(code));
    }

    [GeneratedRegex("<li><code>([2-9A-Z]{5}-[2-9A-Z]{5})</code></li>")]
    private static partial Regex RecoveryCodes();
}
