using System.Globalization;

namespace ActionPlanTracker.Bench;

/// <summary>
/// CPU time spent by the application and by PostgreSQL (the postmaster's children) between two readings. On a machine
/// shared with other work, throughput says how busy the neighbours were; CPU time per request says what a page costs.
/// </summary>
internal sealed class CpuMeter(int appPid, string postgresDataDirectory)
{
    private static readonly double TicksPerMs = 100 / 1000.0;

    public (long App, long Database) Read() => (Ticks(appPid), DatabaseTicks());

    /// <summary>Milliseconds of CPU between two readings.</summary>
    public static (double App, double Database) Elapsed((long App, long Database) start, (long App, long Database) end) =>
        ((end.App - start.App) / TicksPerMs, (end.Database - start.Database) / TicksPerMs);

    private long DatabaseTicks()
    {
        var pidFile = Path.Combine(postgresDataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadLines(pidFile).First(), CultureInfo.InvariantCulture, out var postmaster))
        {
            return 0;
        }

        // The postmaster's own time and, once it has reaped them, its exited children's (cutime, cstime): a backend whose
        // connection the pool closed during the run still counts.
        long total = Stat(postmaster) is { } own ? own.Ticks + own.ChildrenTicks : 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), CultureInfo.InvariantCulture, out var pid) && Stat(pid) is { } stat && stat.Parent == postmaster)
            {
                total += stat.Ticks;
            }
        }

        return total;
    }

    private static long Ticks(int pid) => Stat(pid)?.Ticks ?? 0;

    /// <summary>The parent, utime + stime, and cutime + cstime of a process, from /proc/PID/stat (fields 4, 14 to 17).</summary>
    private static (int Parent, long Ticks, long ChildrenTicks)? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int i) => long.Parse(fields[i], CultureInfo.InvariantCulture);
            return (int.Parse(fields[1], CultureInfo.InvariantCulture), Field(11) + Field(12), Field(13) + Field(14));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
