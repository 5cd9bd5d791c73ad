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
    public void Verb_is_the_first_argument(string args, string expected) =>
        Assert.Equal(expected, CommandLine.Parse(args.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Verb.ToString());

    [Fact]
    public void Settings_after_a_verb_go_to_the_host()
    {
        var parsed = CommandLine.Parse(["migrate", "--ConnectionStrings:ActionPlan=Host=db"]);

        Assert.Equal(["--ConnectionStrings:ActionPlan=Host=db"], parsed.HostArguments);
    }
}
