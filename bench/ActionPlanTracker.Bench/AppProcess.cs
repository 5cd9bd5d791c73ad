using System.Diagnostics;
using System.Text;

namespace ActionPlanTracker.Bench;

/// <summary>
/// The application run as an operator runs it, <c>dotnet ActionPlanTracker.Web.dll [verb]</c> in Production, with the
/// baseline page's assembly loaded into it as a hosting startup. The application does not reference that assembly, so
/// the host is given a deps file naming it (<c>--additional-deps</c>) and the folder to find it in (<c>--additionalprobingpath</c>).
/// </summary>
internal sealed class AppProcess(string webDll, string baselineDll, IReadOnlyDictionary<string, string> environment, string logFile)
{
    private readonly Lock _gate = new();
    private Process? _server;
    private StreamWriter? _log;

    /// <summary>One writer for the run, buffered: a line per request must not cost the machine being measured.</summary>
    private StreamWriter Log => _log ??= new StreamWriter(logFile, append: true, Encoding.UTF8);

    public int ServerId => _server?.Id ?? throw new InvalidOperationException("The application is not running.");

    /// <summary>Runs a verb to its end; returns the exit code and what it printed.</summary>
    public async Task<(int ExitCode, string Output)> RunVerbAsync(string[] arguments, string? input = null)
    {
        using var process = Process.Start(StartInfo(arguments, redirectInput: input is not null))!;
        if (input is not null)
        {
            await process.StandardInput.WriteLineAsync(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output + await error;
        lock (_gate)
        {
            Log.WriteLine($"$ {string.Join(' ', arguments)}{Environment.NewLine}{text}");
            Log.Flush();
        }

        return (process.ExitCode, text);
    }

    /// <summary>Starts the web server; its output goes to the log file, as a service's would go to its journal.</summary>
    public void Start(string url)
    {
        var info = StartInfo(["--urls", url], redirectInput: false);
        _server = Process.Start(info)!;
        void Write(string? line)
        {
            if (line is not null)
            {
                lock (_gate)
                {
                    Log.WriteLine(line);
                }
            }
        }

        _server.OutputDataReceived += (_, e) => Write(e.Data);
        _server.ErrorDataReceived += (_, e) => Write(e.Data);
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
    }

    public bool HasExited => _server?.HasExited ?? true;

    public async Task StopAsync()
    {
        if (_server is null || _server.HasExited)
        {
            return;
        }

        lock (_gate)
        {
            Log.Flush();
        }

        // SIGTERM, so the host shuts down as under a service manager; killed if it does not within 20 s.
        using (var term = Process.Start("kill", ["-TERM", _server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await _server.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _server.Kill();
        }

        lock (_gate)
        {
            Log.Flush();
        }
    }

    private ProcessStartInfo StartInfo(string[] arguments, bool redirectInput)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
        };
        var baseline = Path.GetDirectoryName(baselineDll)!;
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add("--additional-deps");
        info.ArgumentList.Add(Path.Combine(baseline, "hosting-startup.deps.json"));
        info.ArgumentList.Add("--additionalprobingpath");
        info.ArgumentList.Add(baseline);
        info.ArgumentList.Add(webDll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        info.Environment["ASPNETCORE_HOSTINGSTARTUPASSEMBLIES"] = Path.GetFileNameWithoutExtension(baselineDll);

        return info;
    }
}
