using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Cli;

/// <summary>The verbs as an operator runs them: the built application in its own process.</summary>
public sealed class VerbProcessTests
{
    [Fact]
    public async Task Migrate_applies_the_migrations_and_the_seed_to_an_empty_database_then_exits()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(migrated: false);

        var (exitCode, output) = await RunAsync(connectionString, "Production", "migrate");

        Assert.True(exitCode == 0, output);
        await using var db = TestPostgres.CreateContext(connectionString);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(27, await db.Commitments.CountAsync());
    }

    [Fact]
    public async Task Production_start_with_pending_migrations_stops_with_a_clear_message()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(migrated: false);

        var (exitCode, output) = await RunAsync(connectionString, "Production", "--urls=http://127.0.0.1:0");

        Assert.Equal(1, exitCode);
        Assert.Contains("Run the `migrate` verb first", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_start_without_a_connection_string_says_which_setting_to_use()
    {
        var (exitCode, output) = await RunAsync(connectionString: "", "Production", "--urls=http://127.0.0.1:0");

        Assert.Equal(1, exitCode);
        Assert.Contains("ConnectionStrings__ActionPlan", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_verbs()
    {
        var (exitCode, output) = await RunAsync(connectionString: "", "Production", "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("migrate", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_verb_is_refused_with_the_usage()
    {
        var (exitCode, output) = await RunAsync(connectionString: "", "Production", "migrat");

        Assert.Equal(2, exitCode);
        Assert.Contains("Unknown verb \"migrat\"", output, StringComparison.Ordinal);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string connectionString, string environment, params string[] args)
    {
        var result = await AppProcess.RunAsync(connectionString, environment, input: null, args);
        return (result.ExitCode, result.All);
    }
}
