using System.Globalization;
using ActionPlanTracker.Bench;

// bench/run.sh builds Release and calls: ActionPlanTracker.Bench run --web PATH/ActionPlanTracker.Web.dll
//                                        --baseline PATH/ActionPlanTracker.Bench.Baseline.dll [options]
//                                    or: ActionPlanTracker.Bench load --connection "Host=..." [--data 1x]
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2)
{
    options[args[i]] = args[i + 1];
}

string Option(string name, string fallback) => options.GetValueOrDefault(name, fallback);
TimeSpan Seconds(string name, string fallback) =>
    TimeSpan.FromSeconds(double.Parse(Option(name, fallback).TrimEnd('s'), CultureInfo.InvariantCulture));

try
{
    switch (args.FirstOrDefault())
    {
        case "load":
            Console.WriteLine(await Loader.LoadAsync(options["--connection"], DataSet.Parse(Option("--data", "1x"))));
            return 0;
        case "run":
            var run = new RunOptions(
                DataSet.Parse(Option("--data", "1x")),
                Seconds("--duration", "10s"),
                Seconds("--warmup", "5s"),
                [.. Option("--connections", "8,32").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))],
                int.Parse(Option("--export-runs", "5"), CultureInfo.InvariantCulture),
                Path.GetFullPath(options["--web"]),
                Path.GetFullPath(options["--baseline"]),
                Path.GetFullPath(Option("--results", "bench/results")),
                [.. Option("--pages", "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                Option("--log-sql", "false") == "true",
                options.TryGetValue("--serve", out var serve) ? Path.GetFullPath(serve) : null);
            var result = await new Runner(run).RunAsync();
            if (run.Serve is not null)
            {
                return 0;
            }

            var (markdown, json) = Results.Write(result, run.ResultsDirectory);
            Console.WriteLine();
            Console.WriteLine(Results.Markdown(result));
            Console.WriteLine($"Written: {markdown} and {json}");
            if (result.Errors > 0)
            {
                await Console.Error.WriteLineAsync($"{result.Errors} request(s) failed.");
                return 1;
            }

            return 0;
        default:
            await Console.Error.WriteLineAsync("Usage: ActionPlanTracker.Bench run --web ActionPlanTracker.Web.dll --baseline ActionPlanTracker.Bench.Baseline.dll [--data tiny|1x|10x] [--duration 10s] [--warmup 5s] [--connections 8,32] [--export-runs 5] [--pages dashboard,audit] [--log-sql true] [--serve FILE] [--results DIR]");
            await Console.Error.WriteLineAsync("       ActionPlanTracker.Bench load --connection CONNECTION_STRING [--data tiny|1x|10x]");
            return 2;
    }
}
catch (Exception e) when (e is InvalidOperationException or ArgumentException or KeyNotFoundException)
{
    await Console.Error.WriteLineAsync($"Benchmark failed: {e.Message}");
    return 1;
}
