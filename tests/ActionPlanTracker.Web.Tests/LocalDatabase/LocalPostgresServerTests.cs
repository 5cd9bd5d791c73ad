using System.Diagnostics;
using ActionPlanTracker.LocalDatabase;
using Npgsql;

namespace ActionPlanTracker.Web.Tests.LocalDatabase;

/// <summary>The private PostgreSQL that `dotnet run` starts when no database is configured.</summary>
public sealed class LocalPostgresServerTests
{
    [Fact]
    public async Task Data_survives_a_restart_and_no_server_is_left_running_after_stop()
    {
        var folder = Path.Combine(Path.GetTempPath(), "apt-local-" + Guid.NewGuid().ToString("N"));
        try
        {
            var first = await LocalPostgresServer.StartAsync(folder);
            await first.CreateDatabaseIfMissingAsync("kept");
            await ExecuteAsync(first.ConnectionString("kept"), "CREATE TABLE notes (text text); INSERT INTO notes VALUES ('still here')");
            await first.StopAsync();
            Assert.False(ServerRunsIn(folder), "The server is still running after StopAsync.");

            var second = await LocalPostgresServer.StartAsync(folder);
            await second.CreateDatabaseIfMissingAsync("kept");
            var text = await ScalarAsync(second.ConnectionString("kept"), "SELECT text FROM notes");
            await second.StopAsync();

            Assert.Equal("still here", text);
            Assert.False(ServerRunsIn(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Throwaway_server_removes_its_folder_when_it_stops()
    {
        var server = await LocalPostgresServer.StartThrowawayAsync();
        Assert.Equal(1, Convert.ToInt32(await ScalarAsync(server.ConnectionString("postgres"), "SELECT 1"), System.Globalization.CultureInfo.InvariantCulture));

        await server.StopAsync();

        Assert.False(Directory.Exists(server.DataDirectory));
    }

    [Fact]
    public void Missing_binaries_give_one_message_naming_the_package_and_the_setting()
    {
        var error = Assert.Throws<LocalPostgresUnavailableException>(() => PostgresBinaries.Find(searchPath: "", debianRoot: "/nonexistent"));

        Assert.Contains("apt-get install postgresql", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__ActionPlan", error.Message, StringComparison.Ordinal);
    }

    private static bool ServerRunsIn(string folder) =>
        Process.GetProcessesByName("postgres").Any(p => CommandLineOf(p).Contains(folder, StringComparison.Ordinal));

    private static string CommandLineOf(Process process)
    {
        try
        {
            return File.ReadAllText($"/proc/{process.Id}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
