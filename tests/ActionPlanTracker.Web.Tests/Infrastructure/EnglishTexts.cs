namespace ActionPlanTracker.Web.Tests.Infrastructure;

/// <summary>
/// Messages of the pages as an English reader sees them (a client that sends no Accept-Language). The pages take
/// them from resource files by key; the tests pin the words (EnglishTextsTests checks each against its resource).
/// </summary>
public static class EnglishTexts
{
    public const string SignInFailed = "The e-mail address or the password is not right.";
    public const string SignInLockedOut = "This account is locked after too many failed attempts. Try again in 15 minutes, or ask an administrator to unlock it.";
    public const string SignInTooMany = "Too many sign-in attempts for this account in a short time. Wait a minute, then try again.";
    public const string SignInCodeWrong = "That code is not right. Enter the code your authenticator app shows now; it changes every 30 seconds.";
    public const string TwoFactorWrongCode = "That code is not right. Check that the app shows the account added from this page, and enter its current code.";
    public const string TwoFactorAdministratorsKeepIt = "Administrators must keep two-factor sign-in on, so it cannot be turned off for your account.";
    public const string PasswordTooShort = "A password here has at least 12 characters. A few unrelated words make a passphrase that is long and easy to remember.";
    public const string PasswordTooLong = "A password here is at most 1,024 characters.";
    public const string PasswordTooManyAttempts =
        "The current password was wrong too many times. Try again in 15 minutes, or ask an administrator to unlock your account.";
    public const string SetPasswordInvalidLink =
        "This link does not work: it may have expired (links last one day), been used already, or been copied only in part. " +
        "Ask an administrator for a new one.";
    public const string CannotDemoteYourself = "You cannot take the administrator role from your own account. Ask another administrator.";
    public const string CannotDisableYourself = "You cannot disable your own account. Ask another administrator.";
    public const string ReportConflict =
        "Someone else saved this report while you were editing it, so your text was not saved and theirs was not overwritten. " +
        "Your text is still in the form; what is saved now is shown below it. Save again to replace it with yours.";
    public const string NothingToCarryForward = "There is nothing to carry forward: the previous cycle has no report on this commitment.";
    public const string ReviewConflict =
        "Someone else acted on this report while you were reading it. The page now shows it as it is: check it before you act again.";
}
