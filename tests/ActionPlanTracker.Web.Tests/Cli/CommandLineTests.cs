using ActionPlanTracker.Web.Cli;

namespace ActionPlanTracker.Web.Tests.Cli;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("", "Serve")]
    [InlineData("--urls=http://127.0.0.1:5000", "Serve")]
    [InlineData("migrate", "Migrate")]
    [InlineData("--help", "Help")]
    [InlineData("-h", "Help")]
    [InlineData("help", "Help")]
    [InlineData("migrat", "Unknown")]
    [InlineData("audit verify", "AuditVerify")]
    [InlineData("audit", "Invalid")]
    [InlineData("audit check", "Invalid")]
    public void Verb_is_the_first_argument(string args, string expected) =>
        Assert.Equal(expected, CommandLine.Parse(args.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Verb.ToString());

    [Fact]
    public void Settings_after_a_verb_go_to_the_host()
    {
        var parsed = CommandLine.Parse(["migrate", "--ConnectionStrings:ActionPlan=Host=db"]);

        Assert.Equal(["--ConnectionStrings:ActionPlan=Host=db"], parsed.HostArguments);
    }

    [Fact]
    public void Users_add_takes_its_options_and_leaves_the_settings_to_the_host()
    {
        var parsed = CommandLine.Parse(["users", "add", "--email", "a@example.org", "--role=FocalPoint", "--ConnectionStrings:ActionPlan=Host=db", "--member", "FR", "--name", "Ana Silva"]);

        Assert.Equal(Verb.AddUser, parsed.Verb);
        Assert.Equal(new AddUserArguments("a@example.org", "FocalPoint", "FR", "Ana Silva"), parsed.AddUser);
        Assert.Equal(["--ConnectionStrings:ActionPlan=Host=db"], parsed.HostArguments);
    }

    [Theory]
    [InlineData("users add --email a@example.org --role Auditor --password secret-in-history")]
    [InlineData("users add --email a@example.org --role Auditor -p=secret-in-history")]
    [InlineData("users add --email a@example.org")]
    [InlineData("users list")]
    [InlineData("users")]
    public void Bad_users_arguments_are_invalid_with_a_reason(string args)
    {
        var parsed = CommandLine.Parse(args.Split(' '));

        Assert.Equal(Verb.Invalid, parsed.Verb);
        Assert.False(string.IsNullOrWhiteSpace(parsed.Error));
        Assert.DoesNotContain("secret-in-history", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_describes_users_add()
    {
        Assert.Contains("users add --email E --role ROLE [--member CODE]", CommandLine.Usage, StringComparison.Ordinal);
        Assert.Contains("standard input", CommandLine.Usage, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_describes_audit_verify() =>
        Assert.Contains("audit verify", CommandLine.Usage, StringComparison.Ordinal);
}
