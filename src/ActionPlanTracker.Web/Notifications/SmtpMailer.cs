using System.Security.Cryptography;
using System.Text;
using ActionPlanTracker.Data.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ActionPlanTracker.Web.Notifications;

/// <summary>Sends outbox messages through the configured SMTP server, one connection per batch.</summary>
public sealed class SmtpMailer(IOptions<SmtpOptions> options)
{
    public bool IsConfigured => options.Value.IsConfigured;

    /// <summary>Sends each message; returns, for each, null when the server accepted it or the reason it did not.</summary>
    public async Task<IReadOnlyList<string?>> SendAsync(IReadOnlyList<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        var results = new string?[batch.Count];
        using var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, Security(smtp.UseTls), cancellationToken);
            if (!string.IsNullOrEmpty(smtp.User))
            {
                await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
            }
        }
        catch (Exception exception) when (exception is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException
            or MailKit.Security.AuthenticationException or SslHandshakeException or SmtpCommandException or SmtpProtocolException or TimeoutException)
        {
            Array.Fill(results, $"Cannot connect to the SMTP server {smtp.Host}:{smtp.Port}: {exception.Message}");
            return results;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            try
            {
                await client.SendAsync(Build(batch[i], smtp.From), cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or MailKit.ProtocolException or SmtpCommandException
                or SmtpProtocolException or MailKit.ServiceNotConnectedException or TimeoutException or FormatException)
            {
                results[i] = $"The SMTP server did not accept the message: {exception.Message}";
            }
        }

        if (client.IsConnected)
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }

        return results;
    }

    /// <summary>
    /// Plain text and HTML. The Message-ID comes from the dedup key: should a crash between the server's acceptance and
    /// the outbox's record make the message go out again, mail systems see the same message twice, not two messages.
    /// </summary>
    public static MimeMessage Build(OutboxMessage message, string from)
    {
        var mime = new MimeMessage { Subject = message.Subject };
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.Recipient));
        mime.MessageId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(message.DedupKey)))[..32] + "@actionplantracker";
        mime.Date = message.CreatedAt;
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }

    private static SecureSocketOptions Security(SmtpSecurity security) => security switch
    {
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };
}
