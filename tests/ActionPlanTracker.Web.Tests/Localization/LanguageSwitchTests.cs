using System.Net;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Localization;

public sealed class LanguageSwitchTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Pages_speak_English_by_default()
    {
        using var client = app.Factory.CreateClient();

        var html = await client.GetStringAsync("/plans");

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains(">Plans</a>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"fr\" lang=\"fr\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_asking_for_French_gets_French()
    {
        using var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-CA,fr;q=0.9,en;q=0.5");

        var html = await client.GetStringAsync("/plans");

        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains(">Les plans</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visitor_switches_to_French_and_back_and_stays_on_the_same_page()
    {
        using var client = app.Factory.CreateNonRedirectingClient();

        using var toFrench = await client.PostFormAsync("/plans", [new("language", "fr"), new("returnUrl", "/plans?x=1")], postUrl: "/language");

        Assert.Equal(HttpStatusCode.Redirect, toFrench.StatusCode);
        Assert.Equal("/plans?x=1", toFrench.Headers.Location?.OriginalString);
        var french = await client.GetStringAsync("/plans?x=1");
        Assert.Contains("<html lang=\"fr\">", french, StringComparison.Ordinal);
        Assert.Contains("Le site s’affiche désormais en français.", french, StringComparison.Ordinal);

        using var toEnglish = await client.PostFormAsync("/plans", [new("language", "en"), new("returnUrl", "/plans")], postUrl: "/language");
        Assert.Contains("<html lang=\"en\">", await client.GetStringAsync("/plans"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_choice_is_kept_in_the_profile_and_follows_the_person_to_another_browser()
    {
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        using (var first = await app.Factory.SignInAsync(user))
        {
            using var switched = await first.PostFormAsync("/plans", [new("language", "fr"), new("returnUrl", "/account")], postUrl: "/language");
            Assert.Contains("<html lang=\"fr\">", await switched.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await using (var db = app.Factory.CreateDbContext())
        {
            Assert.Equal("fr", await db.Users.Where(u => u.Email == user.Email).Select(u => u.PreferredLanguage).SingleAsync());
        }

        // Another browser, which itself prefers English: the profile wins once signed in.
        using var second = await app.Factory.SignInAsync(user);
        second.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        Assert.Contains("<html lang=\"fr\">", await second.GetStringAsync("/plans"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    [InlineData("fr-FR<script>")]
    public async Task An_unknown_language_is_refused_with_a_message_and_changes_nothing(string language)
    {
        using var client = app.Factory.CreateNonRedirectingClient();

        using var response = await client.PostFormAsync("/plans", [new("language", language), new("returnUrl", "/plans")], postUrl: "/language");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("That language is not offered: choose English or French.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", await client.GetStringAsync("/plans"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task The_switch_never_sends_anyone_to_another_site(string returnUrl)
    {
        using var client = app.Factory.CreateNonRedirectingClient();

        using var response = await client.PostFormAsync("/plans", [new("language", "fr"), new("returnUrl", returnUrl)], postUrl: "/language");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}
