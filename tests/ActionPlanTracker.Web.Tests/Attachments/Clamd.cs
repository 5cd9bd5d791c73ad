using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace ActionPlanTracker.Web.Tests.Attachments;

/// <summary>
/// A throwaway ClamAV daemon (Debian's clamav-daemon) on a Unix socket of its own, with a signature database of one
/// signature: the EICAR test file, the harmless string every antivirus detects by agreement. No signature is
/// downloaded; with one signature clamd is ready in a few tens of milliseconds.
/// </summary>
public sealed class Clamd : IAsyncDisposable
{
    /// <summary>The name clamd reports for a local signature database's EICAR signature.</summary>
    public const string EicarFound = "Eicar-Test-Signature.UNOFFICIAL";

    private readonly DirectoryInfo _home;
    private Process? _process;

    private Clamd(DirectoryInfo home) => _home = home;

    public string SocketPath => Path.Combine(_home.FullName, "clamd.sock");

    /// <summary>
    /// The EICAR test string, put together here so that no file of the repository holds it whole (an antivirus on a
    /// developer's machine would otherwise quarantine the source file).
    /// </summary>
    public static byte[] Eicar => Encoding.ASCII.GetBytes(@"X5O!P%@AP[4\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-" + "TEST-FILE!$H+H*");

    /// <summary>A PDF (it passes the upload's type check) carrying the EICAR string in its body.</summary>
    public static byte[] InfectedPdf() => [.. "%PDF-1.4\n% "u8.ToArray(), .. Eicar, .. "\n%%EOF\n"u8.ToArray()];

    /// <summary>Writes the configuration and the signature database; the daemon starts with <see cref="StartAsync"/>.</summary>
    public static Clamd Prepare(long streamMaxBytes = 25 * 1024 * 1024)
    {
        var home = Directory.CreateTempSubdirectory("actionplantracker-clamd-");
        var clamd = new Clamd(home);
        Directory.CreateDirectory(Path.Combine(home.FullName, "db"));
        Directory.CreateDirectory(Path.Combine(home.FullName, "tmp"));
        File.WriteAllText(Path.Combine(home.FullName, "db", "eicar.ndb"), $"Eicar-Test-Signature:0:*:{Convert.ToHexStringLower(Eicar)}\n");
        File.WriteAllText(Path.Combine(home.FullName, "clamd.conf"), string.Join('\n',
            "Foreground yes",
            $"LocalSocket {clamd.SocketPath}",
            $"DatabaseDirectory {Path.Combine(home.FullName, "db")}",
            $"TemporaryDirectory {Path.Combine(home.FullName, "tmp")}",
            $"LogFile {Path.Combine(home.FullName, "clamd.log")}",
            $"PidFile {Path.Combine(home.FullName, "clamd.pid")}",
            "Bytecode no",
            $"StreamMaxLength {streamMaxBytes}",
            ""));
        return clamd;
    }

    public static async Task<Clamd> StartedAsync(long streamMaxBytes = 25 * 1024 * 1024)
    {
        var clamd = Prepare(streamMaxBytes);
        await clamd.StartAsync();
        return clamd;
    }

    /// <summary>Starts the daemon and waits until it answers on its socket.</summary>
    public async Task StartAsync()
    {
        var executable = new[] { "/usr/sbin/clamd", "/usr/local/sbin/clamd" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("No clamd: install Debian's clamav-daemon (scripts/test.sh does).");
        var start = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("--config-file=" + Path.Combine(_home.FullName, "clamd.conf"));
        _process = Process.Start(start) ?? throw new InvalidOperationException("clamd did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (await AnswersAsync())
            {
                return;
            }

            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                var log = Path.Combine(_home.FullName, "clamd.log");
                throw new InvalidOperationException($"clamd did not answer on {SocketPath}. Its log:\n{(File.Exists(log) ? await File.ReadAllTextAsync(log) : "(none)")}");
            }

            await Task.Delay(20);
        }
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
        File.Delete(SocketPath);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _home.Delete(recursive: true);
    }

    private async Task<bool> AnswersAsync()
    {
        if (!File.Exists(SocketPath))
        {
            return false;
        }

        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(SocketPath));
            await socket.SendAsync("zPING\0"u8.ToArray());
            var buffer = new byte[16];
            var read = await socket.ReceiveAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
