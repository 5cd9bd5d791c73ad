using System.Globalization;
using System.Reflection;
using System.Resources;
using ActionPlanTracker.Web.Pages.Account;
using ActionPlanTracker.Web.Pages.Admin;
using ActionPlanTracker.Web.Pages.Reports;
using ActionPlanTracker.Web.Pages.Review;
using ActionPlanTracker.Web.Security;
using ActionPlanTracker.Web.Tests.Infrastructure;

namespace ActionPlanTracker.Web.Tests.Localization;

/// <summary>
/// Each English text the tests pin (<see cref="EnglishTexts"/>) is word for word the text of its resource, so a
/// reworded resource fails here, by name, rather than as a message missing from some page.
/// </summary>
public sealed class EnglishTextsTests
{
    public static TheoryData<string, string, string> Pinned => new()
    {
        { EnglishTexts.SignInFailed, Of<AccountResources>(), "SignIn.Failed" },
        { EnglishTexts.SignInLockedOut, Of<AccountResources>(), "SignIn.LockedOut" },
        { EnglishTexts.SignInTooMany, Of<AccountResources>(), "SignIn.TooMany" },
        { EnglishTexts.SignInCodeWrong, Of<AccountResources>(), "SignInCode.WrongCode" },
        { EnglishTexts.TwoFactorWrongCode, Of<AccountResources>(), "TwoFactor.WrongCode" },
        { EnglishTexts.TwoFactorAdministratorsKeepIt, Of<AccountResources>(), "TwoFactor.AdministratorsKeepIt" },
        { EnglishTexts.PasswordTooShort, Of<SecurityResources>(), "Password.TooShort" },
        { EnglishTexts.PasswordTooLong, Of<SecurityResources>(), "Password.TooLong" },
        { EnglishTexts.PasswordTooManyAttempts, Of<AccountResources>(), "ChangePassword.TooManyAttempts" },
        { EnglishTexts.SetPasswordInvalidLink, Of<SecurityResources>(), "SetPasswordLink.Invalid" },
        { EnglishTexts.CannotDemoteYourself, Of<AdminResources>(), "Edit.CannotDemoteYourself" },
        { EnglishTexts.CannotDisableYourself, Of<AdminResources>(), "Edit.CannotDisableYourself" },
        { EnglishTexts.ReportConflict, Of<ReportsResources>(), "Edit.Conflict" },
        { EnglishTexts.NothingToCarryForward, Of<ReportsResources>(), "Edit.NothingToCarryForward" },
        { EnglishTexts.ReviewConflict, Of<ReviewResources>(), "Report.Conflict" },
    };

    [Theory]
    [MemberData(nameof(Pinned))]
    public void A_pinned_English_text_is_the_text_of_its_resource(string pinned, string resource, string key) =>
        Assert.Equal(new ResourceManager(resource, typeof(Program).Assembly).GetString(key, CultureInfo.InvariantCulture), pinned);

    [Fact]
    public void Every_pinned_English_text_is_checked()
    {
        var pinned = typeof(EnglishTexts).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetValue(null)!);

        Assert.Equal(pinned.Order(StringComparer.Ordinal), Pinned.Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }

    private static string Of<T>() => typeof(T).FullName!;
}
