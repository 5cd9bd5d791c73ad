using System.Globalization;

namespace ActionPlanTracker.Bench;

/// <summary>
/// The application's peak resident memory over a measurement: the kernel's high-water mark (VmHWM), reset before it
/// through /proc/PID/clear_refs, and samples of VmRSS every 20 ms where the reset is not allowed.
/// </summary>
internal sealed class Memory : IAsyncDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _sampledKb;

    private Memory(int pid)
    {
        _pid = pid;
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not the process's owner: the samples alone say it.
        }

        _sampler = Task.Run(SampleAsync);
    }

    public static Memory Watch(int pid) => new(pid);

    /// <summary>The peak in MB since the watch started.</summary>
    public async Task<double> PeakMbAsync()
    {
        await _stop.CancelAsync();
        await _sampler;
        return Math.Max(_sampledKb, Read("VmHWM")) / 1024.0;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampler;
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            _sampledKb = Math.Max(_sampledKb, Read("VmRSS"));
            try
            {
                await Task.Delay(20, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private long Read(string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{_pid}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
