using System.Net;
using ActionPlanTracker.Domain;
using static ActionPlanTracker.Web.Tests.Account.AccountSteps;

namespace ActionPlanTracker.Web.Tests.Account;

/// <summary>
/// An authenticator code opens one session: the same code a second time, from the same browser, another one or another
/// replica, at once or later in its 30 seconds, is refused; so is an older code once a newer one was used.
/// </summary>
public sealed class AuthenticatorCodeReuseTests(AppFixture app) : IClassFixture<AppFixture>
{
    /// <summary>Where an administrator lands once signed in.</summary>
    private const string Home = "/admin/users";

    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task The_same_code_signs_in_once()
    {
        var admin = await Factory.CreateAsync(Roles.Administrator);
        var code = Code(admin, 0);

        using var first = await PasswordThenCodeAsync(Factory, admin, code);
        using var second = await PasswordThenCodeAsync(Factory, admin, code);

        Assert.Equal(Home, PathOf(first));
        Assert.Equal("/account/sign-in-code", PathOf(second));
        Assert.Contains("code", await second.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Two_replicas_given_the_same_code_at_the_same_moment_let_one_session_through()
    {
        var admin = await Factory.CreateAsync(Roles.Administrator);
        await using var other = new AppFactory(Factory.ConnectionString);
        var code = Code(admin, 0);
        var (clientA, formA) = await PasswordStepAsync(Factory, admin);
        var (clientB, formB) = await PasswordStepAsync(other, admin);

        var answers = await Task.WhenAll(
            clientA.PostFormAsync(formA, ("Input.Code", code)),
            clientB.PostFormAsync(formB, ("Input.Code", code)));

        Assert.Equal(["/account/sign-in-code", Home], answers.Select(PathOf).Order(StringComparer.Ordinal));
        foreach (var answer in answers)
        {
            answer.Dispose();
        }

        clientA.Dispose();
        clientB.Dispose();
    }

    [Fact]
    public async Task An_older_code_is_refused_once_a_newer_one_was_used()
    {
        var admin = await Factory.CreateAsync(Roles.Administrator);

        using var newer = await PasswordThenCodeAsync(Factory, admin, Code(admin, 1));
        using var older = await PasswordThenCodeAsync(Factory, admin, Code(admin, 0));

        Assert.Equal(Home, PathOf(newer));
        Assert.Equal("/account/sign-in-code", PathOf(older));
    }

    private static string Code(TestUser user, int stepOffset) => CodeFor(user.AuthenticatorKey!, stepOffset);

    private static async Task<HttpResponseMessage> PasswordThenCodeAsync(AppFactory factory, TestUser user, string code)
    {
        var (client, form) = await PasswordStepAsync(factory, user);
        var answer = await client.PostFormAsync(form, ("Input.Code", code));
        return answer;
    }

    /// <summary>A browser past the password, on the code page (its address, for the code's post).</summary>
    private static async Task<(HttpClient Client, string Form)> PasswordStepAsync(AppFactory factory, TestUser user)
    {
        var client = factory.CreateClient();
        using var password = await client.TrySignInAsync(user.Email, user.Password);
        Assert.Equal(HttpStatusCode.OK, password.StatusCode);
        Assert.Equal("/account/sign-in-code", PathOf(password));
        return (client, password.RequestMessage!.RequestUri!.PathAndQuery);
    }
}
