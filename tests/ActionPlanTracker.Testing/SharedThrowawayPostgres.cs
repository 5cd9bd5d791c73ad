using System.Diagnostics;
using System.Globalization;
using ActionPlanTracker.LocalDatabase;
using Npgsql;

namespace ActionPlanTracker.Testing;

/// <summary>
/// One throwaway PostgreSQL server shared by every process of a test run (each test assembly runs in its own
/// process). Under a file lock, the first process starts the server and records its port; later processes attach
/// to it. Each process registers its id; a detached watchdog stops the server and deletes its folder once every
/// registered process has died.
/// </summary>
/// <remarks>
/// The folder holds <c>data/</c> (the cluster), <c>port</c>, <c>clients/&lt;pid&gt;</c> and <c>watchdog.pid</c>; the
/// lock is a file beside it, so the watchdog can delete the folder while holding the lock. The watchdog takes the
/// same lock (flock) before it decides, so a process never attaches to a server that is being stopped.
/// </remarks>
public static class SharedThrowawayPostgres
{
    public static readonly string DefaultRoot = Path.Combine(Path.GetTempPath(), "actionplantracker-pg");

    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Registers <paramref name="processId"/> (this process unless given) as a user of the shared server under
    /// <paramref name="root"/>, starting the server first if none answers; returns its port.
    /// </summary>
    public static async Task<int> AttachAsync(string? root = null, int? processId = null, CancellationToken cancellationToken = default)
    {
        root ??= DefaultRoot;
        Directory.CreateDirectory(root);
        var folder = Path.Combine(root, "shared");
        using var fileLock = await LockAsync(Path.Combine(root, "shared.lock"), cancellationToken);

        var port = await RunningPortAsync(folder, cancellationToken);
        if (port is null)
        {
            RemoveStale(folder);
            port = await StartAsync(folder, Path.Combine(root, "shared.lock"), cancellationToken);
        }

        var clients = Path.Combine(folder, "clients");
        Directory.CreateDirectory(clients);
        await File.WriteAllTextAsync(Path.Combine(clients, (processId ?? Environment.ProcessId).ToString(CultureInfo.InvariantCulture)), "", cancellationToken);
        return port.Value;
    }

    public static string ConnectionString(int port, string database = "postgres") =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = LocalPostgresServer.Superuser,
            Database = database,
        }.ConnectionString;

    private static async Task<int> StartAsync(string folder, string lockFile, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var server = await LocalPostgresServer.StartUnwatchedThrowawayAsync(Path.Combine(folder, "data"), cancellationToken);
        var script = Path.Combine(folder, "watchdog.sh");
        await File.WriteAllTextAsync(script, WatchdogScript(folder, lockFile, server.StopCommand()), cancellationToken);
        var watchdog = ProcessRunner.StartDetached($"/bin/sh {script}");
        await File.WriteAllTextAsync(Path.Combine(folder, "watchdog.pid"), watchdog.ToString(CultureInfo.InvariantCulture), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "port"), server.Port.ToString(CultureInfo.InvariantCulture), cancellationToken);
        return server.Port;
    }

    /// <summary>Every second, under the lock: if no registered process is alive, stop the server and delete the folder.</summary>
    /// <summary>How many times the watchdog has looked and found a registered process alive: a test waits on it, not on the clock.</summary>
    public const string LooksFile = "watchdog.looks";

    private static string WatchdogScript(string folder, string lockFile, string stopCommand) => $$"""
        exec 9>>"{{lockFile}}"
        looks=0
        while :; do
            sleep 1
            flock 9
            alive=0
            for client in "{{folder}}"/clients/*; do
                [ -e "$client" ] || continue
                if kill -0 "${client##*/}" 2>/dev/null; then alive=1; break; fi
            done
            if [ "$alive" = 0 ]; then
                {{stopCommand}}
                rm -rf "{{folder}}"
                exit 0
            fi
            looks=$((looks + 1))
            echo "$looks" > "{{folder}}/{{LooksFile}}"
            flock -u 9
        done

        """;

    private static async Task<int?> RunningPortAsync(string folder, CancellationToken cancellationToken)
    {
        var portFile = Path.Combine(folder, "port");
        if (!File.Exists(portFile)
            || !int.TryParse(await File.ReadAllTextAsync(portFile, cancellationToken), CultureInfo.InvariantCulture, out var port))
        {
            return null;
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString(port)) { Timeout = 5, Pooling = false };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            return port;
        }
        catch (NpgsqlException)
        {
            return null;
        }
    }

    /// <summary>A folder left by a server that died: end its watchdog and server, then delete it.</summary>
    private static void RemoveStale(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        KillRecorded(Path.Combine(folder, "watchdog.pid"));
        KillRecorded(Path.Combine(folder, "data", "postmaster.pid"));
        Directory.Delete(folder, recursive: true);
    }

    private static void KillRecorded(string pidFile)
    {
        if (!File.Exists(pidFile)
            || !int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), CultureInfo.InvariantCulture, out var pid))
        {
            return;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
        catch (InvalidOperationException)
        {
            // Exited meanwhile.
        }
    }

    /// <summary>An exclusive lock on the file (flock on Linux, the same lock the watchdog's flock takes).</summary>
    private static async Task<FileStream> LockAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }
}
