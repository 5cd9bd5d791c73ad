using Microsoft.Extensions.Options;

namespace ActionPlanTracker.Web.Notifications;

/// <summary>Absolute links for e-mails, from the configured public address of the application.</summary>
public sealed class NotificationLinks(IOptions<NotificationOptions> options, IConfiguration configuration)
{
    public const string Fallback = "http://localhost:5000";

    public string BaseUrl { get; } = (options.Value.PublicBaseUrl is { Length: > 0 } url ? url
        : configuration["App:PublicBaseUrl"] is { Length: > 0 } app ? app : Fallback).TrimEnd('/');

    public string Absolute(string path) => BaseUrl + path;
}
