namespace ActionPlanTracker.LocalDatabase;

/// <summary>Finds the PostgreSQL server programs: on PATH first, then under /usr/lib/postgresql/*/bin (newest first).</summary>
internal sealed record PostgresBinaries(string InitDb, string PgCtl)
{
    public const string InstallHint =
        "Install the PostgreSQL server binaries (Debian/Ubuntu: `apt-get install postgresql`), " +
        "or point the application at an existing server with the setting ConnectionStrings:ActionPlan " +
        "(environment variable ConnectionStrings__ActionPlan).";

    public static PostgresBinaries Find() =>
        Find(Environment.GetEnvironmentVariable("PATH") ?? "", "/usr/lib/postgresql");

    public static PostgresBinaries Find(string searchPath, string debianRoot)
    {
        foreach (var directory in CandidateDirectories(searchPath, debianRoot))
        {
            var initDb = Path.Combine(directory, "initdb");
            var pgCtl = Path.Combine(directory, "pg_ctl");
            if (File.Exists(initDb) && File.Exists(pgCtl))
            {
                return new PostgresBinaries(initDb, pgCtl);
            }
        }

        throw new LocalPostgresUnavailableException($"No PostgreSQL server binaries (initdb, pg_ctl) were found. {InstallHint}");
    }

    private static IEnumerable<string> CandidateDirectories(string searchPath, string debianRoot)
    {
        foreach (var directory in searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return directory;
        }

        if (Directory.Exists(debianRoot))
        {
            var versions = Directory.GetDirectories(debianRoot)
                .Select(d => (Directory: d, Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .OrderByDescending(d => d.Version);
            foreach (var version in versions)
            {
                yield return Path.Combine(version.Directory, "bin");
            }
        }
    }
}
