using System.Net;
using System.Text.RegularExpressions;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Reports;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static ActionPlanTracker.Web.Tests.Account.AccountSteps;

namespace ActionPlanTracker.Web.Tests.Account;

/// <summary>
/// A session ends at its very next request, on any replica, once the account says so: signed out (a copy of the
/// cookie replayed later is refused), a new password, a new role, disabled. The application's own settings, no
/// shortened interval: what these tests see is what production does.
/// </summary>
public sealed partial class SessionTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public void Sessions_are_checked_against_the_stored_account_on_every_request()
    {
        var options = Factory.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;

        Assert.Equal(TimeSpan.Zero, options.ValidationInterval);
    }

    [Fact]
    public async Task A_copy_of_the_cookie_replayed_after_signing_out_is_refused_on_every_replica_and_saves_nothing()
    {
        await Factory.OpenCycleAsync("2061-H1");
        var id = await Factory.ReportIdAsync("2061-H1", "FR", "I.3");
        var user = await Factory.CreateAsync(Roles.FocalPoint, "FR");
        var cookies = await SignInByHandAsync(Factory, user);
        var reportPage = await (await SendAsync(Factory, cookies, $"/reports/{id}")).Content.ReadAsStringAsync();
        var version = VersionField().Match(reportPage).Groups[1].Value;
        var saveToken = Forms.TokenOf(reportPage)!;
        await using var otherReplica = new AppFactory(Factory.ConnectionString);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(otherReplica, cookies, "/reports")).StatusCode);

        var accountPage = await (await SendAsync(Factory, cookies, "/account")).Content.ReadAsStringAsync();
        using var signOut = await SendAsync(Factory, cookies, "/account/sign-out", new FormUrlEncodedContent([new(Forms.TokenField, Forms.TokenOf(accountPage)!)]));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        foreach (var replica in new[] { Factory, otherReplica })
        {
            using var page = await SendAsync(replica, cookies, "/reports");
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Contains("/account/sign-in", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using var save = await SendAsync(Factory, cookies, $"/reports/{id}?handler=Save", new FormUrlEncodedContent(
        [
            new("Input.Version", version), new("Input.Completion", "Limited"), new("Input.Narrative", "Saved with a copied cookie."),
            new(Forms.TokenField, saveToken),
        ]));
        Assert.NotEqual(HttpStatusCode.OK, save.StatusCode);
        Assert.NotEqual("Saved with a copied cookie.", (await Factory.StoredAsync(id)).Narrative);
    }

    [Fact]
    public async Task Session_of_a_user_disabled_later_ends_at_the_next_request()
    {
        var user = await Factory.CreateAsync(Roles.Auditor);
        var admin = await Factory.CreateAsync(Roles.Administrator);
        using var session = await Factory.SignInAsync(user);
        using var adminClient = await Factory.SignInAsync(admin);
        var id = (await Factory.UserAsync(user.Email)).Id;
        Assert.Equal("/account", PathOf(await session.GetAsync("/account")));

        using var disable = await adminClient.PostFormAsync($"/admin/users/{id}", [], postUrl: $"/admin/users/{id}?handler=Disable");
        using var after = await session.GetAsync("/account");

        Assert.Equal("/account/sign-in", PathOf(after));
    }

    [Fact]
    public async Task A_new_role_ends_the_session_so_the_next_one_carries_the_new_role()
    {
        var user = await Factory.CreateAsync(Roles.Secretariat);
        var admin = await Factory.CreateAsync(Roles.Administrator);
        using var session = await Factory.SignInAsync(user);
        using var adminClient = await Factory.SignInAsync(admin);
        var stored = await Factory.UserAsync(user.Email);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/review")).StatusCode);

        using var edit = await adminClient.PostFormAsync($"/admin/users/{stored.Id}",
            ("Input.DisplayName", stored.DisplayName), ("Input.Role", Roles.Auditor), ("Input.MemberCode", ""), ("Input.ConcurrencyStamp", stored.ConcurrencyStamp ?? ""));
        using var after = await session.GetAsync("/review");

        Assert.Equal("/account/sign-in", PathOf(after));
    }

    [Fact]
    public async Task Changing_the_password_keeps_this_session_and_ends_the_others()
    {
        var user = await Factory.CreateAsync(Roles.Auditor);
        using var here = await Factory.SignInAsync(user);
        using var elsewhere = await Factory.SignInAsync(user);

        using var change = await here.PostFormAsync("/account/change-password",
            ("Input.CurrentPassword", user.Password), ("Input.NewPassword", "a brand new passphrase"), ("Input.ConfirmPassword", "a brand new passphrase"));

        Assert.Equal("/account", PathOf(change));
        Assert.Equal("/account", PathOf(await here.GetAsync("/account")));
        Assert.Equal("/account/sign-in", PathOf(await elsewhere.GetAsync("/account")));
    }

    /// <summary>Signs in through the form without a cookie jar, so the cookies can be copied: "name=value; name=value".</summary>
    private static async Task<string> SignInByHandAsync(AppFactory factory, TestUser user)
    {
        var jar = new Dictionary<string, string>();
        using var page = await SendAsync(factory, "", "/account/sign-in");
        Keep(jar, page);
        using var signIn = await SendAsync(factory, Header(jar), "/account/sign-in", new FormUrlEncodedContent(
        [
            new("Input.Email", user.Email), new("Input.Password", user.Password), new(Forms.TokenField, Forms.TokenOf(await page.Content.ReadAsStringAsync())!),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Keep(jar, signIn);
        return Header(jar);
    }

    private static void Keep(Dictionary<string, string> jar, HttpResponseMessage response)
    {
        foreach (var setCookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = setCookie.Split(';')[0].Split('=', 2);
            jar[pair[0]] = pair[1];
        }
    }

    private static string Header(Dictionary<string, string> jar) => string.Join("; ", jar.Select(c => $"{c.Key}={c.Value}"));

    private static async Task<HttpResponseMessage> SendAsync(AppFactory replica, string cookies, string path, HttpContent? form = null)
    {
        using var client = replica.CreateNonRedirectingClient();
        using var request = new HttpRequestMessage(form is null ? HttpMethod.Get : HttpMethod.Post, path) { Content = form };
        if (cookies.Length > 0)
        {
            request.Headers.Add("Cookie", cookies);
        }

        return await client.SendAsync(request);
    }

    [GeneratedRegex("name=\"Input.Version\" value=\"([0-9]+)\"")]
    private static partial Regex VersionField();
}
