using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;
using static ActionPlanTracker.Web.Tests.Account.AccountSteps;

namespace ActionPlanTracker.Web.Tests.Cli;

/// <summary><c>users add</c> as an operator runs it on a production instance: the built application, the password on standard input.</summary>
public sealed class UsersAddVerbTests
{
    private const string Password = "the first administrator's passphrase";

    [Fact]
    public async Task First_administrator_is_created_from_standard_input_and_must_set_up_two_factor_at_sign_in()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();

        var result = await AppProcess.RunAsync(connectionString, "Production", Password + "\n",
            "users", "add", "--email", "first.admin@example.org", "--role", "Administrator", "--name", "First Admin");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("Created the account first.admin@example.org: Administrator.", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, result.All, StringComparison.Ordinal);
        await using var factory = new AppFactory(connectionString);
        using var client = await factory.SignInAsync(new TestUser("first.admin@example.org", Password, Roles.Administrator, null, null, null));
        using var response = await client.GetAsync("/admin/users");
        Assert.Equal("/account/two-factor", PathOf(response));
        await using var db = factory.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Email == "first.admin@example.org");
        Assert.Equal("First Admin", user.DisplayName);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityKey == user.Id && e.Action == nameof(AuditAction.Created) && e.Actor == "cli"));
    }

    [Fact]
    public async Task Focal_point_is_bound_to_the_member_given_in_any_case()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();

        var result = await AppProcess.RunAsync(connectionString, "Production", Password + "\r\n",
            "users", "add", "--email=fp@example.org", "--role=focalpoint", "--member=de");

        Assert.True(result.ExitCode == 0, result.All);
        await using var factory = new AppFactory(connectionString);
        using var client = await factory.SignInAsync(new TestUser("fp@example.org", Password, Roles.FocalPoint, "DE", null, null));
        Assert.Contains("Germany", await client.GetStringAsync("/account"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Superuser", null, "Unknown role \"Superuser\". Use one of: Administrator, Secretariat, FocalPoint, Auditor.")]
    [InlineData("FocalPoint", null, "A FocalPoint reports for one member: add --member with one of CA, FR, DE, IT, JP, GB, US, EU.")]
    [InlineData("FocalPoint", "XX", "Unknown member \"XX\". Use one of: CA, FR, DE, IT, JP, GB, US, EU.")]
    [InlineData("Auditor", "FR", "Only a FocalPoint is bound to a member: leave out --member for the role Auditor.")]
    public async Task Wrong_role_or_member_is_refused_with_exit_code_1_and_the_reason(string role, string? member, string reason)
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        string[] args = ["users", "add", "--email", "someone@example.org", "--role", role, .. member is null ? Array.Empty<string>() : ["--member", member]];

        var result = await AppProcess.RunAsync(connectionString, "Production", Password + "\n", args);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        await AssertNoUserAsync(connectionString);
    }

    [Theory]
    [InlineData("", "No password was read from standard input.")]
    [InlineData("\n", "No password was read from standard input.")]
    [InlineData("elevenchars\n", "The password has 11 characters; it needs at least 12.")]
    public async Task Missing_or_short_password_is_refused(string input, string reason)
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();

        var result = await AppProcess.RunAsync(connectionString, "Production", input, "users", "add", "--email", "a@example.org", "--role", "Auditor");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        await AssertNoUserAsync(connectionString);
    }

    [Fact]
    public async Task Address_that_already_has_an_account_is_refused()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        var first = await AppProcess.RunAsync(connectionString, "Production", Password, "users", "add", "--email", "twice@example.org", "--role", "Auditor");
        Assert.Equal(0, first.ExitCode);

        var second = await AppProcess.RunAsync(connectionString, "Production", Password, "users", "add", "--email", "Twice@Example.org", "--role", "Secretariat");

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("There is already an account with the e-mail address Twice@Example.org.", second.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Missing --role.", "users", "add", "--email", "a@example.org")]
    [InlineData("Missing --email and --role.", "users", "add")]
    [InlineData("--email needs a value.", "users", "add", "--role", "Auditor", "--email")]
    [InlineData("The password is never accepted as an argument", "users", "add", "--email", "a@example.org", "--role", "Auditor", "--password", "hunter2hunter2")]
    [InlineData("\"users\" needs a command: users add.", "users", "remove")]
    [InlineData("\"not an address\" is not an e-mail address.", "users", "add", "--email", "not an address", "--role", "Auditor")]
    public async Task Bad_arguments_are_refused_with_exit_code_1_and_a_clear_message(string reason, params string[] args)
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();

        var result = await AppProcess.RunAsync(connectionString, "Production", Password, args);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
        await AssertNoUserAsync(connectionString);
    }

    private static async Task AssertNoUserAsync(string connectionString)
    {
        await using var db = TestPostgres.CreateContext(connectionString);
        Assert.Equal(0, await db.Users.CountAsync());
    }
}
