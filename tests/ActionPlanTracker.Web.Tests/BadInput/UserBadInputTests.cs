using ActionPlanTracker.Web.Tests.Infrastructure;
using static ActionPlanTracker.Web.Tests.BadInput.Corpus;

namespace ActionPlanTracker.Web.Tests.BadInput;

/// <summary>The administrator's forms: inviting a user, and an account's name, role and member with the actions on it.</summary>
public sealed class UserBadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    private const string NoControlCharacters = "A name cannot hold invisible control characters";
    private const string UnusableEmail = "This e-mail address cannot be used for an account.";
    private static readonly Target Account = Targets.EditUser("target", "Auditor");

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        Post("Invite with every field empty", Who.Administrator, Targets.Invite, 400, "Enter the person's e-mail address.",
            ("Input.Email", ""), ("Input.DisplayName", ""), ("Input.Role", ""), ("Input.MemberCode", "")),
        Post("Invite e-mail of 257 characters", Who.Administrator, Targets.Invite, 400, "An e-mail address here is at most 256 characters.",
            ("Input.Email", new string('a', 245) + "@example.org")),
        Post("Invite e-mail without an at sign", Who.Administrator, Targets.Invite, 400, "Enter an e-mail address such as name@example.org.", ("Input.Email", "new.person.example.org")),
        Post("Invite e-mail with a control character", Who.Administrator, Targets.Invite, 400, UnusableEmail, ("Input.Email", "new\u0001person@example.org")),
        Post("Invite e-mail that is a script tag", Who.Administrator, Targets.Invite, 400, UnusableEmail, ("Input.Email", "<script>alert(1)</script>@example.org")),
        Post("Invite e-mail of an existing account", Who.Administrator, Targets.Invite, 400, "There is already an account with this e-mail address.", ("Input.Email", "invited@example.org")),
        Post("Invite name of spaces only", Who.Administrator, Targets.Invite, 400, "Enter the person's name, as others should see it.", ("Input.DisplayName", "   ")),
        Post("Invite name of 201 characters", Who.Administrator, Targets.Invite, 400, "A name here is at most 200 characters.", ("Input.DisplayName", Chars(201))),
        Post("Invite name with an escape character", Who.Administrator, Targets.Invite, 400, NoControlCharacters, ("Input.DisplayName", "New\u001b[31m Person")),
        Post("Invite name with a DEL character", Who.Administrator, Targets.Invite, 400, NoControlCharacters, ("Input.DisplayName", "New\u007fPerson")),
        Post("Invite name with a line break", Who.Administrator, Targets.Invite, 400, NoControlCharacters, ("Input.DisplayName", "New\nPerson")),
        Refused("Invite name with a NUL character", Who.Administrator, Targets.Invite, 400, ("Input.DisplayName", "New\0Person")),
        Refused("Invite name of 5 MB", Who.Administrator, Targets.Invite, 400, ("Input.DisplayName", Chars(5_000_000))),
        Post("Invite role Superuser", Who.Administrator, Targets.Invite, 400, "Choose a role from the list.", ("Input.Role", "Superuser")),
        Post("Invite role that is a script tag", Who.Administrator, Targets.Invite, 400, "Choose a role from the list.", ("Input.Role", "<script>alert(1)</script>")),
        Post("Invite role given as a number", Who.Administrator, Targets.Invite, 400, "Choose a role from the list.", ("Input.Role", "1")),
        Post("Invite focal point without a member", Who.Administrator, Targets.Invite, 400, "A national focal point reports for one member: choose it.",
            ("Input.Role", "FocalPoint")),
        Post("Invite focal point of an unknown member", Who.Administrator, Targets.Invite, 400, "Choose a member from the list.",
            ("Input.Role", "FocalPoint"), ("Input.MemberCode", "XX")),
        Post("Invite focal point of a member given as SQL", Who.Administrator, Targets.Invite, 400, "Choose a member from the list.",
            ("Input.Role", "FocalPoint"), ("Input.MemberCode", "FR' OR '1'='1")),
        Post("Invite auditor bound to a member", Who.Administrator, Targets.Invite, 400, "Only a national focal point is bound to a member", ("Input.MemberCode", "FR")),
        Refused("Invite by the secretariat", Who.Secretariat, Targets.Invite, 403),

        Post("Account name emptied", Who.Administrator, Account, 400, "Enter the person's name, as others should see it.", ("Input.DisplayName", "")),
        Post("Account name of 201 characters", Who.Administrator, Account, 400, "A name here is at most 200 characters.", ("Input.DisplayName", Chars(201))),
        Post("Account name with a unit separator", Who.Administrator, Account, 400, NoControlCharacters, ("Input.DisplayName", "Renamed\u001fPerson")),
        Post("Account name with a bell character", Who.Administrator, Account, 400, NoControlCharacters, ("Input.DisplayName", "Renamed\u0007")),
        Post("Account role Superuser", Who.Administrator, Account, 400, "Choose a role from the list.", ("Input.Role", "Superuser")),
        Post("Account role left out", Who.Administrator, Account, 400, "Choose a role from the list.", ("Input.Role", null)),
        Post("Account made focal point of an unknown member", Who.Administrator, Account, 400, "Choose a member from the list.",
            ("Input.Role", "FocalPoint"), ("Input.MemberCode", "<script>alert(1)</script>")),
        Post("Account concurrency stamp of another account", Who.Administrator, Account, 409, "Someone changed this account since you opened this page",
            ("Input.ConcurrencyStamp", "00000000-0000-0000-0000-000000000000"), ("Input.DisplayName", "Renamed")),
        Post("Account concurrency stamp left out", Who.Administrator, Account, 409, "Someone changed this account since you opened this page",
            ("Input.ConcurrencyStamp", null), ("Input.DisplayName", "Renamed")),
        Post("Administrator taking the role from their own account", Who.Administrator, Targets.EditUser("administrator", "Administrator"), 409,
            EnglishTexts.CannotDemoteYourself, ("Input.Role", "Auditor")),
        Post("Administrator disabling their own account", Who.Administrator, Targets.UserAction("administrator", "Disable"), 409, EnglishTexts.CannotDisableYourself),
        Post("Set-password link for a disabled account", Who.Administrator, Targets.UserAction("disabled", "Link"), 409,
            "A disabled account cannot be given a set-password link."),
        Get("Account that does not exist", Who.Administrator, "/admin/users/no-such-account", 404),
        Refused("Saving an account that does not exist", Who.Administrator, Targets.UnknownUser(null), 404, ("Input.DisplayName", "Someone"), ("Input.Role", "Auditor")),
        Refused("Disabling an account that does not exist", Who.Administrator, Targets.UnknownUser("Disable"), 404),
        Refused("Enabling an account that does not exist", Who.Administrator, Targets.UnknownUser("Enable"), 404),
        Refused("Unlocking an account that does not exist", Who.Administrator, Targets.UnknownUser("Unlock"), 404),
        Refused("Link for an account that does not exist", Who.Administrator, Targets.UnknownUser("Link"), 404),
        Get("Users filtered by role Superuser", Who.Administrator, "/admin/users?role=Superuser", 400),
        Refused("Disabling an account as the secretariat", Who.Secretariat, Targets.UserAction("target", "Disable"), 403),
        Get("Users list read by a focal point", Who.FocalPointFr, "/admin/users", 403),
    ];

    public static TheoryData<string> Cases => Names(All);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Bad_user_input_is_refused_with_a_message_and_nothing_stored(string name) =>
        BadInputRunner.AssertRefusedAsync(fixture, All.Single(c => c.Name == name));
}
