using System.Diagnostics;

namespace ActionPlanTracker.LocalDatabase;

internal static class ProcessRunner
{
    /// <summary>Runs a program to completion and returns its combined output; throws with that output when it fails.</summary>
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new LocalPostgresUnavailableException($"Could not start {fileName}.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var text = (await output + await error).Trim();
        if (process.ExitCode != 0)
        {
            throw new LocalPostgresUnavailableException(
                $"{Path.GetFileName(fileName)} {string.Join(' ', start.ArgumentList)} failed with exit code {process.ExitCode}: {text}");
        }

        return text;
    }

    /// <summary>Starts a detached shell command whose standard streams point nowhere, so it never holds the caller's pipes.</summary>
    /// <returns>The process id of the detached command.</returns>
    public static int StartDetached(string shellCommand)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = "/",
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"setsid /bin/sh -c '{shellCommand}' </dev/null >/dev/null 2>&1 & echo $!");
        using var process = Process.Start(start) ?? throw new LocalPostgresUnavailableException("Could not start /bin/sh.");
        process.StandardInput.Close();
        var pid = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture);
    }
}
