using System.Net;
using ActionPlanTracker.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static ActionPlanTracker.Web.Tests.Account.AccountSteps;

namespace ActionPlanTracker.Web.Tests.Account;

/// <summary>
/// Sessions check the account's security stamp every minute. Here the application checks it on every request,
/// so what happens at the next check can be seen without waiting.
/// </summary>
public sealed class SessionTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Session_of_a_user_disabled_later_ends()
    {
        await using var factory = CheckingEveryRequest();
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        var admin = await app.Factory.CreateAsync(Roles.Administrator);
        using var session = await SignInAsync(factory, user);
        using var adminClient = await app.Factory.SignInAsync(admin);
        var id = (await app.Factory.UserAsync(user.Email)).Id;
        Assert.Equal("/account", PathOf(await session.GetAsync("/account")));

        using var disable = await adminClient.PostFormAsync($"/admin/users/{id}", [], postUrl: $"/admin/users/{id}?handler=Disable");
        using var after = await session.GetAsync("/account");

        Assert.Equal("/account/sign-in", PathOf(after));
    }

    [Fact]
    public async Task Changing_the_password_keeps_this_session_and_ends_the_others()
    {
        await using var factory = CheckingEveryRequest();
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        using var here = await SignInAsync(factory, user);
        using var elsewhere = await SignInAsync(factory, user);

        using var change = await here.PostFormAsync("/account/change-password",
            ("Input.CurrentPassword", user.Password), ("Input.NewPassword", "a brand new passphrase"), ("Input.ConfirmPassword", "a brand new passphrase"));

        Assert.Equal("/account", PathOf(change));
        Assert.Equal("/account", PathOf(await here.GetAsync("/account")));
        Assert.Equal("/account/sign-in", PathOf(await elsewhere.GetAsync("/account")));
    }

    private WebApplicationFactory<Program> CheckingEveryRequest() => app.Factory.WithWebHostBuilder(builder =>
        builder.ConfigureTestServices(services =>
            services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero)));

    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> factory, TestUser user)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        using var response = await client.TrySignInAsync(user.Email, user.Password);
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.NotEqual("/account/sign-in", PathOf(response));
        return client;
    }
}
