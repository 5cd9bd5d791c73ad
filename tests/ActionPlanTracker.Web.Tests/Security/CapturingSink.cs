using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace ActionPlanTracker.Web.Tests.Security;

/// <summary>Keeps every event the application logs, for a test to read back; picked up by the logger from the services.</summary>
public sealed class CapturingSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>The event as one text: its message and every property, nested values included.</summary>
    public static string Text(LogEvent logEvent) =>
        logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + " " + logEvent.Exception + " "
        + string.Join(" ", logEvent.Properties.Select(p => $"{p.Key}={p.Value}"));
}
