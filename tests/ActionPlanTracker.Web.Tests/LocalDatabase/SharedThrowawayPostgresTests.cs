using System.Diagnostics;
using Npgsql;

namespace ActionPlanTracker.Web.Tests.LocalDatabase;

/// <summary>The one throwaway server that the test assemblies of a run share.</summary>
public sealed class SharedThrowawayPostgresTests
{
    [Fact]
    public async Task Processes_share_one_server_which_stops_only_when_every_one_of_them_has_died()
    {
        // A root of its own, so the run's own shared server is not touched; two short-lived processes stand in for
        // two test assemblies.
        var root = Path.Combine(Path.GetTempPath(), "apt-shared-" + Guid.NewGuid().ToString("N")[..8]);
        using var first = Sleeper();
        using var second = Sleeper();
        try
        {
            var port = await SharedThrowawayPostgres.AttachAsync(root, first.Id);
            Assert.Equal(port, await SharedThrowawayPostgres.AttachAsync(root, second.Id));
            Assert.Equal(2, Directory.GetFiles(Path.Combine(root, "shared", "clients")).Length);
            Assert.True(await AnswersAsync(port));

            first.Kill();
            await first.WaitForExitAsync();
            var looked = Looks(root);
            Assert.True(await EventuallyAsync(() => Task.FromResult(Looks(root) >= looked + 2)), "The watchdog stopped looking.");
            Assert.True(await AnswersAsync(port), "The server stopped while a registered process was still alive.");

            second.Kill();
            await second.WaitForExitAsync();
            var stopped = await EventuallyAsync(async () => !await AnswersAsync(port) && !Directory.Exists(Path.Combine(root, "shared")));
            Assert.True(stopped, "The server or its folder outlived every process that used it.");
        }
        finally
        {
            TryKill(first);
            TryKill(second);
            await EventuallyAsync(() => Task.FromResult(!Directory.Exists(Path.Combine(root, "shared"))));
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_server_that_died_is_replaced_by_a_fresh_one_on_the_next_attach()
    {
        var root = Path.Combine(Path.GetTempPath(), "apt-shared-" + Guid.NewGuid().ToString("N")[..8]);
        using var client = Sleeper();
        try
        {
            var port = await SharedThrowawayPostgres.AttachAsync(root, client.Id);
            var postmaster = int.Parse(File.ReadLines(Path.Combine(root, "shared", "data", "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);
            using (var server = Process.GetProcessById(postmaster))
            {
                server.Kill();
                await server.WaitForExitAsync();
            }

            var replacement = await SharedThrowawayPostgres.AttachAsync(root, client.Id);

            Assert.True(await AnswersAsync(replacement));
            Assert.True(replacement != port || await AnswersAsync(port));
        }
        finally
        {
            TryKill(client);
            await EventuallyAsync(() => Task.FromResult(!Directory.Exists(Path.Combine(root, "shared"))));
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>How often the watchdog has found a process alive so far (0 before its first look).</summary>
    private static int Looks(string root)
    {
        var file = Path.Combine(root, "shared", SharedThrowawayPostgres.LooksFile);
        try
        {
            return File.Exists(file) && int.TryParse(File.ReadAllText(file), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var looks) ? looks : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static Process Sleeper() =>
        Process.Start(new ProcessStartInfo("sleep", "120") { UseShellExecute = false }) ?? throw new InvalidOperationException("sleep did not start");

    private static void TryKill(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill();
        }
    }

    private static async Task<bool> AnswersAsync(int port)
    {
        var builder = new NpgsqlConnectionStringBuilder(SharedThrowawayPostgres.ConnectionString(port)) { Timeout = 3, Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }
}
