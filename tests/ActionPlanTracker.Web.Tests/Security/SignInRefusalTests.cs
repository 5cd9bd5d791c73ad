using System.Net;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Tests.Infrastructure;
using static ActionPlanTracker.Web.Tests.Account.AccountSteps;

namespace ActionPlanTracker.Web.Tests.Security;

/// <summary>A refused sign-in answers 400, and the same for an account that does not exist, lockout included.</summary>
public sealed class SignInRefusalTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Wrong_password_answers_400_with_the_message_and_the_form()
    {
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        using var client = app.Factory.CreateClient();

        using var response = await client.TrySignInAsync(user.Email, "not the password at all");

        var html = await AssertStatusAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(Encoded(EnglishTexts.SignInFailed), html, StringComparison.Ordinal);
        Assert.Contains("value=\"" + user.Email + "\"", html, StringComparison.Ordinal);
        Assert.Equal(1, (await app.Factory.UserAsync(user.Email)).AccessFailedCount);
    }

    [Fact]
    public async Task Unknown_account_gets_the_same_answers_as_a_real_one_up_to_and_after_the_lockout()
    {
        var user = await app.Factory.CreateAsync(Roles.Secretariat);
        var unknown = "nobody-" + user.Email;
        using var client = app.Factory.CreateClient();

        var real = new List<string>();
        var made = new List<string>();
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            real.Add(await AnswerAsync(client, user.Email, $"wrong password {attempt}"));
            made.Add(await AnswerAsync(client, unknown, $"wrong password {attempt}"));
        }

        Assert.Equal(real, made);
        Assert.Equal(Enumerable.Repeat("400 failed", 4).Concat(Enumerable.Repeat("400 locked", 2)), real);
        Assert.Equal("400 locked", await AnswerAsync(client, unknown.ToUpperInvariant(), "wrong password 7"));
    }

    private static async Task<string> AnswerAsync(HttpClient client, string email, string password)
    {
        using var response = await client.TrySignInAsync(email, password);
        var html = await response.Content.ReadAsStringAsync();
        var message = html.Contains(Encoded(EnglishTexts.SignInLockedOut), StringComparison.Ordinal) ? "locked"
            : html.Contains(Encoded(EnglishTexts.SignInFailed), StringComparison.Ordinal) ? "failed"
            : "other";
        return $"{(int)response.StatusCode} {message}";
    }
}
