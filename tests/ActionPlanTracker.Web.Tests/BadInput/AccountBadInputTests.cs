using ActionPlanTracker.Web.Tests.Infrastructure;
using static ActionPlanTracker.Web.Tests.BadInput.Corpus;

namespace ActionPlanTracker.Web.Tests.BadInput;

/// <summary>
/// The account forms: sign-in, its code step, changing a password, two-factor set-up and the set-password link.
/// Passwords are secrets and may hold any character, so the corpus gives them no control characters that would pass.
/// </summary>
public sealed class AccountBadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    private const string CodeFormat = "A code is 6 digits from your authenticator app, or one of your 10-character recovery codes.";
    private const string SetUpCodeFormat = "The code is the 6 digits the app shows.";

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        Post("Sign-in with both fields empty", Who.Anonymous, Targets.SignIn, 400, "Enter your e-mail address.", ("Input.Email", ""), ("Input.Password", "")),
        Post("Sign-in e-mail of spaces only", Who.Anonymous, Targets.SignIn, 400, "Enter your e-mail address.", ("Input.Email", "   ")),
        Post("Sign-in e-mail of 257 characters", Who.Anonymous, Targets.SignIn, 400, "An e-mail address here is at most 256 characters.",
            ("Input.Email", new string('a', 245) + "@example.org")),
        Post("Sign-in password of 1,025 characters", Who.Anonymous, Targets.SignIn, 400, "A password here is at most 1,024 characters.",
            ("Input.Password", Chars(1025))),
        Post("Sign-in password left out", Who.Anonymous, Targets.SignIn, 400, "Enter your password.", ("Input.Password", null)),
        Refused("Sign-in e-mail with a NUL character", Who.Anonymous, Targets.SignIn, 400, ("Input.Email", "fp\0@example.org")),

        Post("Sign-in code empty", Who.HalfSignedIn, Targets.SignInCode, 400, "Enter the 6-digit code from your authenticator app.", ("Input.Code", "")),
        Post("Sign-in code of letters", Who.HalfSignedIn, Targets.SignInCode, 400, CodeFormat, ("Input.Code", "abcdef")),
        Post("Sign-in code with an escape character", Who.HalfSignedIn, Targets.SignInCode, 400, CodeFormat, ("Input.Code", "123\u001b456")),
        Post("Sign-in code that is a script tag", Who.HalfSignedIn, Targets.SignInCode, 400, CodeFormat, ("Input.Code", "<script>alert(1)</script>")),
        Post("Sign-in code of 5,000 digits", Who.HalfSignedIn, Targets.SignInCode, 400, CodeFormat, ("Input.Code", new string('1', 5000))),

        Post("New password of 11 characters", Who.FocalPointFr, Targets.ChangePassword, 400, EnglishTexts.PasswordTooShort,
            ("Input.NewPassword", "eleven char"), ("Input.ConfirmPassword", "eleven char")),
        Post("New password of 1,025 characters", Who.FocalPointFr, Targets.ChangePassword, 400, EnglishTexts.PasswordTooLong,
            ("Input.NewPassword", Chars(1025)), ("Input.ConfirmPassword", Chars(1025))),
        Post("New password of spaces only", Who.FocalPointFr, Targets.ChangePassword, 400, "Choose a password.",
            ("Input.NewPassword", new string(' ', 16)), ("Input.ConfirmPassword", new string(' ', 16))),
        Post("Current password left out", Who.FocalPointFr, Targets.ChangePassword, 400, "Enter your current password.", ("Input.CurrentPassword", null)),
        Post("New password confirmed differently", Who.FocalPointFr, Targets.ChangePassword, 400, "The two new passwords are not the same.",
            ("Input.ConfirmPassword", Targets.NewPassword + "!")),
        Post("New password the same as the current one", Who.FocalPointFr, Targets.ChangePassword, 400, "The new password is the same as the current one.",
            ("Input.NewPassword", Testing.TestUsers.Password), ("Input.ConfirmPassword", Testing.TestUsers.Password)),

        Post("Authenticator set-up code empty", Who.Auditor, Targets.TwoFactor, 400, "Enter the 6-digit code the app shows.", ("Input.Code", "")),
        Post("Authenticator set-up code with a letter", Who.Auditor, Targets.TwoFactor, 400, SetUpCodeFormat, ("Input.Code", "12345a")),
        Post("Authenticator set-up code with a control character", Who.Auditor, Targets.TwoFactor, 400, SetUpCodeFormat, ("Input.Code", "123\u0001456")),
        Post("Authenticator set-up code that is a script tag", Who.Auditor, Targets.TwoFactor, 400, SetUpCodeFormat, ("Input.Code", "<script>alert(1)</script>")),
        Post("Administrator turning two-factor sign-in off", Who.Administrator, Targets.TwoFactorDisable, 409, EnglishTexts.TwoFactorAdministratorsKeepIt),

        Post("Set-password of 11 characters", Who.Anonymous, Targets.SetPassword, 400, EnglishTexts.PasswordTooShort,
            ("Input.Password", "eleven char"), ("Input.ConfirmPassword", "eleven char")),
        Post("Set-password of 1,025 characters", Who.Anonymous, Targets.SetPassword, 400, EnglishTexts.PasswordTooLong,
            ("Input.Password", Chars(1025)), ("Input.ConfirmPassword", Chars(1025))),
        Post("Set-password confirmed differently", Who.Anonymous, Targets.SetPassword, 400, "The two passwords are not the same.", ("Input.ConfirmPassword", "something else entirely")),
        Post("Set-password left empty", Who.Anonymous, Targets.SetPassword, 400, "Choose a password.", ("Input.Password", ""), ("Input.ConfirmPassword", "")),
        Post("Set-password link with a forged token", Who.Anonymous, LinkTo(f => f.Accounts["invited"], "Zm9yZ2VkLXRva2Vu"), 400, EnglishTexts.SetPasswordInvalidLink),
        Post("Set-password link with a token that is not base64", Who.Anonymous, LinkTo(f => f.Accounts["invited"], "not*base64!"), 400, EnglishTexts.SetPasswordInvalidLink),
        Post("Set-password link for an account that does not exist", Who.Anonymous, LinkTo(_ => "no-such-account", null), 400, EnglishTexts.SetPasswordInvalidLink),
        Post("Set-password link with another account's id", Who.Anonymous, LinkTo(f => f.Accounts["target"], null), 400, EnglishTexts.SetPasswordInvalidLink),
    ];

    public static TheoryData<string> Cases => Names(All);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Bad_account_input_is_refused_with_a_message_and_nothing_stored(string name) =>
        BadInputRunner.AssertRefusedAsync(fixture, All.Single(c => c.Name == name));

    /// <summary>The set-password form at a link for <paramref name="userId"/>; a null token keeps the invitation's own.</summary>
    private static Target LinkTo(Func<BadInputFixture, string> userId, string? token) => Target.Post(
        "set password by link",
        f => $"/account/set-password?userId={Uri.EscapeDataString(userId(f))}&token={Uri.EscapeDataString(token ?? TokenOf(f.SetPasswordUrl))}",
        ("Input.Password", Targets.NewPassword), ("Input.ConfirmPassword", Targets.NewPassword));

    private static string TokenOf(string url) => Uri.UnescapeDataString(url[(url.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..]);
}
