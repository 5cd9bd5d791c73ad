using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;

namespace ActionPlanTracker.LocalDatabase;

/// <summary>
/// A private PostgreSQL server started from the machine's own binaries (initdb, pg_ctl), listening on a free
/// loopback port. The application uses it when no connection string is configured; the tests use it, with a
/// throwaway folder, when neither a connection string nor a Docker engine is available.
/// </summary>
/// <remarks>
/// PostgreSQL refuses to run as root, so as root every server command runs as the <c>postgres</c> system user.
/// A detached watchdog stops the server (and removes a throwaway folder) if this process dies without
/// stopping it, so a killed test run leaves nothing behind.
/// </remarks>
public sealed partial class LocalPostgresServer : IAsyncDisposable
{
    public const string Superuser = "postgres";

    private static readonly string[] RunUserLocations = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"];

    private static readonly string ThrowawayRoot = Path.Combine(Path.GetTempPath(), "actionplantracker-pg");

    private readonly PostgresBinaries _binaries;
    private readonly bool _throwaway;
    private readonly bool _asRoot;
    private bool _watched = true;
    private int? _watchdogPid;
    private bool _stopped;

    private LocalPostgresServer(PostgresBinaries binaries, string dataDirectory, bool throwaway)
    {
        _binaries = binaries;
        DataDirectory = dataDirectory;
        _throwaway = throwaway;
        _asRoot = Environment.UserName == "root";
    }

    public string DataDirectory { get; }

    public int Port { get; private set; }

    /// <summary>Where the application keeps its own database between runs when none is configured.</summary>
    public static string DefaultDataDirectory()
    {
        if (Environment.UserName == "root")
        {
            // /root is not traversable by the postgres user, so the data lives where services keep theirs.
            return "/var/lib/actionplantracker/postgres";
        }

        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrEmpty(dataHome))
        {
            dataHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(dataHome, "actionplantracker", "postgres");
    }

    /// <summary>Starts (creating it on first use) a server whose data survives restarts.</summary>
    public static Task<LocalPostgresServer> StartAsync(string dataDirectory, CancellationToken cancellationToken = default) =>
        StartCoreAsync(Path.GetFullPath(dataDirectory), throwaway: false, cancellationToken);

    /// <summary>Starts a server in a fresh temporary folder that is deleted when it stops, or when this process dies.</summary>
    public static Task<LocalPostgresServer> StartThrowawayAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(ThrowawayRoot);
        RemoveAbandonedThrowaways();
        var folder = Path.Combine(ThrowawayRoot, string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}-{Guid.NewGuid():N}"));
        return StartCoreAsync(folder, throwaway: true, cancellationToken);
    }

    /// <summary>
    /// Starts a throwaway server in the given folder with no watchdog of its own: the caller stops it, as
    /// the tests' <c>SharedThrowawayPostgres</c> does once every process using it has died.
    /// </summary>
    internal static async Task<LocalPostgresServer> StartUnwatchedThrowawayAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var server = new LocalPostgresServer(PostgresBinaries.Find(), Path.GetFullPath(dataDirectory), throwaway: true) { _watched = false };
        await server.InitialiseAsync(cancellationToken);
        await server.StartServerAsync(cancellationToken);
        return server;
    }

    /// <summary>The shell command that stops this server, for a watchdog script.</summary>
    internal string StopCommand() => $"{RunAsPrefix()}{_binaries.PgCtl} stop -D {DataDirectory} -m fast -w -s";

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = Superuser,
            Database = database,
        }.ConnectionString;

    public async Task CreateDatabaseIfMissingAsync(string database, CancellationToken cancellationToken = default)
    {
        if (!DatabaseName().IsMatch(database))
        {
            throw new ArgumentException("A database name here is lower-case letters, digits and underscores.", nameof(database));
        }

        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.Add(new NpgsqlParameter { Value = database });
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        NpgsqlConnection.ClearAllPools();
        await RunServerCommandAsync(_binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-s"], CancellationToken.None);
        if (_watchdogPid is { } watchdog)
        {
            TryKill(watchdog);
        }

        if (_throwaway)
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static async Task<LocalPostgresServer> StartCoreAsync(string dataDirectory, bool throwaway, CancellationToken cancellationToken)
    {
        if (dataDirectory.Contains('\'', StringComparison.Ordinal))
        {
            throw new LocalPostgresUnavailableException($"The database folder {dataDirectory} must not contain a quote.");
        }

        var server = new LocalPostgresServer(PostgresBinaries.Find(), dataDirectory, throwaway);
        await server.InitialiseAsync(cancellationToken);
        await server.StartServerAsync(cancellationToken);
        return server;
    }

    private async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            if (await IsRunningAsync(cancellationToken))
            {
                // Left behind by a run that was killed before it could stop its server.
                await RunServerCommandAsync(_binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-s"], cancellationToken);
            }

            return;
        }

        Directory.CreateDirectory(DataDirectory);
        if (_asRoot)
        {
            await ProcessRunner.RunAsync("chown", [$"{Superuser}:{Superuser}", DataDirectory], cancellationToken);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(DataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        List<string> initDb = ["-D", DataDirectory, "-U", Superuser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"];
        if (_throwaway)
        {
            initDb.Add("--no-sync");
        }

        await RunServerCommandAsync(_binaries.InitDb, initDb, cancellationToken);

        // Loopback TCP only: no socket file, so no folder permissions or path-length limits to trip over.
        var settings = "\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\nmax_connections = 200\n";
        if (_throwaway)
        {
            settings += "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n";
        }

        await File.AppendAllTextAsync(Path.Combine(DataDirectory, "postgresql.conf"), settings, cancellationToken);
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            Port = FreeLoopbackPort();
            try
            {
                await RunServerCommandAsync(_binaries.PgCtl,
                    ["start", "-D", DataDirectory, "-w", "-t", "60", "-s", "-l", Path.Combine(DataDirectory, "server.log"),
                        "-o", string.Create(CultureInfo.InvariantCulture, $"-p {Port}")],
                    cancellationToken);
                break;
            }
            catch (LocalPostgresUnavailableException) when (attempt < attempts)
            {
                // Another process may have taken the port between the probe and the start.
            }
        }

        if (_watched)
        {
            StartWatchdog();
        }
    }

    private void StartWatchdog()
    {
        var stop = StopCommand();
        var cleanup = _throwaway ? $"; rm -rf {DataDirectory}" : "";
        var script = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; {stop}{cleanup}";
        _watchdogPid = ProcessRunner.StartDetached(script);
    }

    private async Task<bool> IsRunningAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RunServerCommandAsync(_binaries.PgCtl, ["status", "-D", DataDirectory], cancellationToken);
            return true;
        }
        catch (LocalPostgresUnavailableException)
        {
            return false;
        }
    }

    private Task<string> RunServerCommandAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        if (!_asRoot)
        {
            return ProcessRunner.RunAsync(program, arguments, cancellationToken);
        }

        return ProcessRunner.RunAsync(FindRunUser(), ["-u", Superuser, "--", program, .. arguments], cancellationToken);
    }

    private string RunAsPrefix() => _asRoot ? $"{FindRunUser()} -u {Superuser} -- " : "";

    private static string FindRunUser() =>
        RunUserLocations.FirstOrDefault(File.Exists)
        ?? throw new LocalPostgresUnavailableException(
            "Running as root, the local PostgreSQL must be started as the postgres user, but runuser (util-linux) was not found.");

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RemoveAbandonedThrowaways()
    {
        foreach (var folder in Directory.GetDirectories(ThrowawayRoot))
        {
            var owner = Path.GetFileName(folder).Split('-')[0];
            if (int.TryParse(owner, CultureInfo.InvariantCulture, out var pid) && !IsAlive(pid))
            {
                StopAbandoned(folder);
            }
        }
    }

    private static void StopAbandoned(string folder)
    {
        try
        {
            if (File.Exists(Path.Combine(folder, "postmaster.pid"))
                && int.TryParse(File.ReadLines(Path.Combine(folder, "postmaster.pid")).FirstOrDefault(), CultureInfo.InvariantCulture, out var postmaster))
            {
                TryKill(postmaster);
            }

            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Still in use by a server that is shutting down; the next run tries again.
        }
        catch (UnauthorizedAccessException)
        {
            // Not ours to remove.
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryKill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
        }
        catch (ArgumentException)
        {
        }
        catch (InvalidOperationException)
        {
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();
}
