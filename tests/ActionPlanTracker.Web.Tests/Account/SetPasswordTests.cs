using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Security;
using ActionPlanTracker.Web.Tests.Infrastructure;
using static ActionPlanTracker.Web.Tests.Account.AccountSteps;

namespace ActionPlanTracker.Web.Tests.Account;

public sealed class SetPasswordTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("token=bm90IGEgdG9rZW4")]
    [InlineData("token=%%%")]
    [InlineData("")]
    public async Task Link_with_a_bad_token_says_so_with_status_400(string token)
    {
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        var id = (await app.Factory.UserAsync(user.Email)).Id;
        using var client = app.Factory.CreateClient();

        using var response = await client.GetAsync($"/account/set-password?userId={id}&{token}");

        var html = await AssertStatusAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("This link does not work", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Password", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_works_once()
    {
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        var link = await LinkAsync(user.Email);
        using var client = app.Factory.CreateClient();

        using var first = await client.PostFormAsync(link, ("Input.Password", "my own long passphrase"), ("Input.ConfirmPassword", "my own long passphrase"));
        using var second = await client.GetAsync(link);

        Assert.Equal("/account/sign-in", PathOf(first));
        Assert.Contains("Your password is set.", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.NotEqual("/account/sign-in", PathOf(await client.TrySignInAsync(user.Email, "my own long passphrase")));
    }

    [Fact]
    public async Task Short_password_is_refused_and_the_link_still_works()
    {
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        var link = await LinkAsync(user.Email);
        using var client = app.Factory.CreateClient();

        using var response = await client.PostFormAsync(link, ("Input.Password", "too short"), ("Input.ConfirmPassword", "too short"));

        var html = await AssertStatusAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(Encoded(EnglishTexts.PasswordTooShort), html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task Link_of_a_disabled_account_does_not_work()
    {
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        var link = await LinkAsync(user.Email);
        await app.Factory.WithUsersAsync(async users =>
        {
            var stored = (await users.FindByEmailAsync(user.Email))!;
            stored.IsDisabled = true;
            await users.UpdateAsync(stored);
        });
        using var client = app.Factory.CreateClient();

        using var response = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<string> LinkAsync(string email)
    {
        var link = "";
        await app.Factory.WithUsersAsync(async users =>
        {
            var user = (await users.FindByEmailAsync(email))!;
            var token = SetPasswordLink.EncodeToken(await users.GeneratePasswordResetTokenAsync(user));
            link = $"/account/set-password?userId={user.Id}&token={token}";
        });
        return link;
    }
}
