using System.Diagnostics;

namespace ActionPlanTracker.Web.Tests.Cli;

/// <summary>The built application in its own process, as an operator runs it.</summary>
public static class AppProcess
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string All => Output + Error;
    }

    /// <summary>Runs the application with <paramref name="args"/>; <paramref name="input"/>, if any, is its standard input.</summary>
    public static async Task<Result> RunAsync(string connectionString, string environment, string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(ApplicationPath())!,
        };
        start.ArgumentList.Add(ApplicationPath());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["ConnectionStrings__ActionPlan"] = connectionString;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new(process.ExitCode, await stdout, await stderr);
    }

    private static string ApplicationPath()
    {
        // Same configuration as this test assembly: bin/<Configuration>/net10.0/
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        return RepositoryFiles.PathOf("src", "ActionPlanTracker.Web", "bin", configuration, "net10.0", "ActionPlanTracker.Web.dll");
    }
}
