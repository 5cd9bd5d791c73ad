using System.Net;
using System.Net.Sockets;
using ActionPlanTracker.Web.Tests.Cli;
using Npgsql;

namespace ActionPlanTracker.Web.Tests.Reliability;

/// <summary>
/// The application, run as an operator runs it, refuses to start with one clear line and exit code 1 (never a stack
/// trace) when it cannot work: no database, an old schema, or a malformed setting.
/// </summary>
public sealed class StartupRefusalTests
{
    [Fact]
    public async Task Production_start_against_a_closed_port_says_the_database_cannot_be_reached_within_seconds()
    {
        var connectionString = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = ClosedPort(), Database = "actionplantracker", Username = "app" };
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = await AppProcess.RunAsync(connectionString.ConnectionString, "Production", input: null, "--urls=http://127.0.0.1:0");

        AssertRefused(result, $"The database cannot be reached at 127.0.0.1:{connectionString.Port}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"The refusal took {clock.Elapsed.TotalSeconds:F0} s.");
    }

    [Fact]
    public async Task Production_start_with_pending_migrations_says_to_run_migrate()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(migrated: false);

        var result = await AppProcess.RunAsync(connectionString, "Production", input: null, "--urls=http://127.0.0.1:0");

        AssertRefused(result, "Run the `migrate` verb first");
    }

    [Fact]
    public async Task A_malformed_connection_string_is_refused_without_repeating_it()
    {
        var result = await AppProcess.RunAsync("Host=127.0.0.1;Port=not-a-port;Password=secret-in-config", "Production", input: null, "--urls=http://127.0.0.1:0");

        AssertRefused(result, "ConnectionStrings:ActionPlan is not a PostgreSQL connection string");
        Assert.DoesNotContain("secret-in-config", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_listening_address_that_is_not_a_url_is_refused_by_name()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();

        var result = await AppProcess.RunAsync(connectionString, "Production", input: null, "--urls=htp//127.0.0.1:5x");

        AssertRefused(result, "The address \"htp//127.0.0.1:5x\"");
    }

    [Fact]
    public async Task A_setting_that_is_not_true_or_false_is_refused_by_name()
    {
        var result = await AppProcess.RunAsync("", "Production", input: null, "--urls=http://127.0.0.1:0", "--LocalDatabase:Enabled=sometimes");

        AssertRefused(result, "LocalDatabase:Enabled is \"sometimes\"; it is true or false.");
    }

    [Fact]
    public async Task Malware_scanner_settings_that_cannot_work_are_refused_by_name()
    {
        var result = await AppProcess.RunAsync(
            "", "Production", input: null, "--urls=http://127.0.0.1:0", "--Attachments:MalwareScan:Clamd=clamav", "--Attachments:MalwareScan:WaitSeconds=0");

        AssertRefused(result, "Attachments:MalwareScan:Clamd is \"clamav\"; it is the path of clamd's Unix socket, such as /run/clamav/clamd.ctl, or host:port, such as clamav:3310.");
        AssertRefused(result, "Attachments:MalwareScan:WaitSeconds is 0; it is from 1 to 300.");
    }

    private static void AssertRefused(AppProcess.Result result, string message)
    {
        Assert.True(result.ExitCode == 1, $"Exit code {result.ExitCode}: {result.All}");
        var lines = result.All.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var refusal = Assert.Single(lines, l => l.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains(message, refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain("Exception", result.All, StringComparison.Ordinal);
    }

    /// <summary>A loopback port that nothing listens on: one the system just handed out and took back.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
