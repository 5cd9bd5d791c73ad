using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using netDumbster.smtp;

namespace ActionPlanTracker.DevelopmentMail;

/// <summary>
/// In Development without an SMTP host, an SMTP server inside the application takes every e-mail and keeps it in
/// memory, so nothing is ever sent out by accident. It logs that a message was captured, never its content.
/// </summary>
public sealed partial class DevelopmentSmtpCapture : IDisposable
{
    private readonly SimpleSmtpServer _server;

    public DevelopmentSmtpCapture()
    {
        Port = FreePort();
        _server = SimpleSmtpServer.Start(Port);
    }

    public int Port { get; }

    public int Count => _server.ReceivedEmailCount;

    /// <summary>The application's SMTP settings that send every e-mail here (the keys of its <c>Smtp</c> section).</summary>
    public IReadOnlyDictionary<string, string?> SmtpSettings() => new Dictionary<string, string?>
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Port.ToString(CultureInfo.InvariantCulture),
        ["Smtp:UseTls"] = "None",
        ["Smtp:User"] = "",
        ["Smtp:Password"] = "",
    };

    /// <summary>Logs where e-mails go now, and from now on each capture (its number of recipients, never its content).</summary>
    public void LogTo(ILogger logger)
    {
        _server.MessageReceived += (_, args) => LogCaptured(logger, args.Message.ToAddresses.Length, _server.ReceivedEmailCount);
        LogStarted(logger, Port);
    }

    public void Dispose() => _server.Dispose();

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Development: e-mails are captured by a local SMTP server on port {Port}; nothing leaves this machine")]
    private static partial void LogStarted(ILogger logger, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "Captured an e-mail for {Recipients} recipient(s); {Total} captured since start")]
    private static partial void LogCaptured(ILogger logger, int recipients, int total);
}
