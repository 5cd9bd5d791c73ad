using System.Net;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using ActionPlanTracker.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace ActionPlanTracker.Web.Tests.Account;

/// <summary>Steps the account and user-administration tests share.</summary>
public static partial class AccountSteps
{
    /// <summary>Posts the sign-in form and returns the answer, whatever it is (the helper in TestUsers insists on success).</summary>
    public static Task<HttpResponseMessage> TrySignInAsync(this HttpClient client, string email, string password) =>
        client.PostFormAsync("/account/sign-in", ("Input.Email", email), ("Input.Password", password));

    public static string PathOf(HttpResponseMessage response) => response.RequestMessage?.RequestUri?.AbsolutePath ?? "";

    /// <summary>A message as Razor writes it into the page.</summary>
    public static string Encoded(string text) => HtmlEncoder.Default.Encode(text);

    /// <summary>The authenticator key shown on the set-up page, as an app would read it.</summary>
    public static string SharedKeyOn(string html) =>
        SharedKey().Match(html) is { Success: true } match
            ? match.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()
            : throw new InvalidOperationException("The page shows no authenticator key.");

    public static string CodeFor(string key, int stepOffset = 0) =>
        new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow.AddSeconds(30 * stepOffset));

    public static async Task<ApplicationUser> UserAsync(this AppFactory factory, string email)
    {
        await using var db = factory.CreateDbContext();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
    }

    /// <summary>Works on accounts through the application's own UserManager, as an operator's script would.</summary>
    public static async Task WithUsersAsync(this AppFactory factory, Func<UserManager<ApplicationUser>, Task> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>());
    }

    public static async Task<string> AssertStatusAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode} at {PathOf(response)}.");
        return html;
    }

    /// <summary>The message shown under a field, empty when there is none.</summary>
    public static string FieldErrorOn(string html, string field) =>
        System.Net.WebUtility.HtmlDecode(Regex.Match(html, $"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>([^<]*)</span>").Groups[1].Value);

    [GeneratedRegex("<code>([a-z2-7]{4}(?: [a-z2-7]{1,4})+)</code>")]
    private static partial Regex SharedKey();
}
