using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ActionPlanTracker.Bench;

internal sealed record PageResult(string Name, string Method, string Path, int Connections, double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Errors, double PeakMb)
{
    public double ThroughputRatio { get; init; }

    /// <summary>The application's CPU time per request, in ms: what the page costs, however busy the machine is.</summary>
    public double AppCpuMs { get; init; }

    /// <summary>PostgreSQL's CPU time per request, in ms.</summary>
    public double DatabaseCpuMs { get; init; }

    /// <summary>The baseline's CPU per request (application and database) over this page's: the throughput ratio on an idle machine.</summary>
    public double CpuRatio { get; init; }

    public double P99Ratio { get; init; }

    /// <summary>p99 on this data set over p99 on the latest 1× run, when this run is 10×.</summary>
    public double? P99VersusOneX { get; init; }
}

internal sealed record ExportResult(string Name, string Path, int Runs, double MedianMs, double MaxMs, double PeakMb, long Bytes, long Errors)
{
    /// <summary>The median time over the baseline page's p50 latency at 8 connections.</summary>
    public double TimeRatio { get; init; }

    /// <summary>The application's CPU time for one export (median), in ms: its cost, however busy the machine is.</summary>
    public double AppCpuMs { get; init; }
}

internal sealed record TargetCheck(string Target, bool Met, string Measured);

internal sealed record RunResult(string Timestamp, string DataSet, LoadSummary Load, IReadOnlyList<PageResult> Pages, IReadOnlyList<ExportResult> Exports)
{
    public string Machine { get; init; } = "";

    public string AuditChain { get; init; } = "";

    public IReadOnlyList<TargetCheck> Targets { get; init; } = [];

    public long Errors => Pages.Sum(p => p.Errors) + Exports.Sum(e => e.Errors);
}

/// <summary>Ratios to the baseline of the same run, the issue's targets, and the Markdown and JSON files.</summary>
internal static class Results
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static RunResult Compose(RunOptions options, LoadSummary load, List<PageResult> pages, List<ExportResult> exports)
    {
        var baseline = pages.Where(p => p.Name.StartsWith("baseline", StringComparison.Ordinal)).ToDictionary(p => p.Connections);
        var oneX = options.Data == DataSet.Ten ? LatestOneX(options.ResultsDirectory) : null;
        var withRatios = pages.Select(p => p with
        {
            ThroughputRatio = p.RequestsPerSecond / baseline[p.Connections].RequestsPerSecond,
            P99Ratio = p.P99Ms / baseline[p.Connections].P99Ms,
            CpuRatio = (baseline[p.Connections].AppCpuMs + baseline[p.Connections].DatabaseCpuMs) / (p.AppCpuMs + p.DatabaseCpuMs),
            P99VersusOneX = oneX?.Pages.FirstOrDefault(o => o.Name == p.Name && o.Connections == p.Connections) is { } o ? p.P99Ms / o.P99Ms : null,
        }).ToList();
        var reference = baseline.TryGetValue(8, out var at8) ? at8.P50Ms : baseline.Values.First().P50Ms;
        var exportsWithRatios = exports.Select(e => e with { TimeRatio = e.MedianMs / reference }).ToList();
        var result = new RunResult(DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture), options.Data.Name, load, withRatios, exportsWithRatios);
        return result with { Targets = Check(result) };
    }

    public static (string Markdown, string Json) Write(RunResult result, string directory)
    {
        Directory.CreateDirectory(directory);
        var stem = Path.Combine(directory, $"{result.Timestamp}-{result.DataSet}");
        File.WriteAllText(stem + ".md", Markdown(result));
        File.WriteAllText(stem + ".json", JsonSerializer.Serialize(result, Json));
        return (stem + ".md", stem + ".json");
    }

    public static string Markdown(RunResult r)
    {
        static string F(double value, string format) => double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"### Benchmark {r.Timestamp}, data set {r.DataSet}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Data: {r.Load}. Machine: {r.Machine}. Audit chain after the run: {r.AuditChain}.");
        md.AppendLine();
        var tenX = r.Pages.Any(p => p.P99VersusOneX is not null);
        md.AppendLine("| page | conn. | req/s | × baseline | CPU ms/req app + db | baseline CPU ÷ page CPU | p50 ms | p99 ms | p99 × baseline |" + (tenX ? " p99 × 1× |" : "") + " errors | peak MB |");
        md.AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|" + (tenX ? "--:|" : "") + "--:|--:|");
        foreach (var p in r.Pages)
        {
            var versusOneX = tenX ? $" {(p.P99VersusOneX is { } v ? F(v, "F2") : "–")} |" : "";
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {p.Name} | {p.Connections} | {F(p.RequestsPerSecond, "F0")} | {F(p.ThroughputRatio, "F2")} | {F(p.AppCpuMs, "F2")} + {F(p.DatabaseCpuMs, "F2")} | {F(p.CpuRatio, "F2")} | {F(p.P50Ms, "F1")} | {F(p.P99Ms, "F1")} | {F(p.P99Ratio, "F1")} |{versusOneX} {p.Errors} | {F(p.PeakMb, "F0")} |");
        }

        md.AppendLine();
        md.AppendLine("| export | runs | median ms | max ms | × baseline p50 | app CPU ms | size KB | errors | peak MB |");
        md.AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var e in r.Exports)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {e.Name} | {e.Runs} | {F(e.MedianMs, "F0")} | {F(e.MaxMs, "F0")} | {F(e.TimeRatio, "F0")} | {F(e.AppCpuMs, "F0")} | {e.Bytes / 1024} | {e.Errors} | {F(e.PeakMb, "F0")} |");
        }

        md.AppendLine();
        md.AppendLine("| target | met | measured |");
        md.AppendLine("|---|---|---|");
        foreach (var t in r.Targets)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {t.Target} | {(t.Met ? "yes" : "**no**")} | {t.Measured} |");
        }

        return md.ToString();
    }

    private static List<TargetCheck> Check(RunResult r)
    {
        var checks = new List<TargetCheck>();
        string N(double v, string f) => v.ToString(f, CultureInfo.InvariantCulture);
        foreach (var dashboard in r.Pages.Where(p => p.Name == "dashboard"))
        {
            checks.Add(new($"dashboard throughput ≥ 0.5 × baseline at {dashboard.Connections}", dashboard.ThroughputRatio >= 0.5,
                $"{N(dashboard.ThroughputRatio, "F2")} × measured; {N(dashboard.CpuRatio, "F2")} × by CPU per request"));
        }

        foreach (var commitment in r.Pages.Where(p => p.Name == "commitment history"))
        {
            checks.Add(new($"commitment page ≥ 0.3 × baseline by CPU per request at {commitment.Connections}", commitment.CpuRatio >= 0.3,
                $"{N(commitment.CpuRatio, "F2")} × by CPU per request; {N(commitment.ThroughputRatio, "F2")} × measured"));
        }

        if (r.DataSet == "1x" && r.Pages.FirstOrDefault(p => p.Name == "dashboard" && p.Connections == 8) is { } at8)
        {
            checks.Add(new("dashboard p99 < 50 ms at 8 connections (1×)", at8.P99Ms < 50, $"{N(at8.P99Ms, "F1")} ms"));
        }

        foreach (var p in r.Pages.Where(p => p.P99VersusOneX is not null))
        {
            checks.Add(new($"{p.Name} p99 at 10× ≤ 1.5 × at 1× ({p.Connections} conn.)", p.P99VersusOneX <= 1.5, $"{N(p.P99VersusOneX!.Value, "F2")} ×"));
        }

        foreach (var e in r.Exports)
        {
            var limit = e.Name.Contains("PDF", StringComparison.Ordinal) ? 2_000 : e.Name.StartsWith("full", StringComparison.Ordinal) ? 10_000 : 1_000;
            checks.Add(new($"{e.Name} under {limit / 1000} s", e.MedianMs < limit, $"{N(e.MedianMs, "F0")} ms ({N(e.AppCpuMs, "F0")} ms of application CPU)"));
            if (e.Name.StartsWith("full", StringComparison.Ordinal))
            {
                checks.Add(new($"{e.Name}: peak memory under 400 MB", e.PeakMb < 400, $"{N(e.PeakMb, "F0")} MB"));
            }
        }

        checks.Add(new("zero errors", r.Errors == 0, r.Errors.ToString(CultureInfo.InvariantCulture)));
        return checks;
    }

    private static RunResult? LatestOneX(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return null;
        }

        return Directory.GetFiles(directory, "*-1x.json").Order(StringComparer.Ordinal).Select(f => JsonSerializer.Deserialize<RunResult>(File.ReadAllText(f))).LastOrDefault();
    }
}
