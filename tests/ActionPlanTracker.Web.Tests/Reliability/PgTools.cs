using System.Diagnostics;
using Npgsql;

namespace ActionPlanTracker.Web.Tests.Reliability;

/// <summary>
/// pg_dump and pg_restore from the machine's PostgreSQL binaries, found where the application finds initdb: on PATH,
/// then under /usr/lib/postgresql/*/bin, newest first.
/// </summary>
internal static class PgTools
{
    public static Task<string> DumpAsync(string connectionString, string file) =>
        RunAsync("pg_dump", connectionString, ["--format=custom", "--file", file]);

    public static Task<string> RestoreAsync(string connectionString, string file) =>
        RunAsync("pg_restore", connectionString, ["--no-owner", "--exit-on-error", file]);

    /// <summary>The dump's table of contents, in the order pg_restore would restore it.</summary>
    public static Task<string> ListAsync(string file) => RunAsync("pg_restore", connectionString: null, ["--list", file]);

    private static async Task<string> RunAsync(string tool, string? connectionString, string[] arguments)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Find(tool)) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string[] connection = connectionString is null ? [] :
            ["--host", target.Host!, "--port", target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
             "--username", target.Username!, "--dbname", target.Database!, "--no-password"];
        foreach (var argument in (string[])[.. connection, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        if (!string.IsNullOrEmpty(target.Password))
        {
            start.Environment["PGPASSWORD"] = target.Password;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{tool} exited with {process.ExitCode}: {await error}");
        return output;
    }

    private static string Find(string tool)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Select(d => Path.Combine(d, "bin"))
            : [];
        return onPath.Concat(debian).Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"{tool} was not found on PATH or under /usr/lib/postgresql/*/bin.");
    }
}
