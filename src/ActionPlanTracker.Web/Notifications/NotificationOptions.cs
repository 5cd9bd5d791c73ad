namespace ActionPlanTracker.Web.Notifications;

/// <summary>The schedule and the links of notifications (section <c>Notifications</c>).</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Days before a cycle's deadline on which focal points are reminded; 14, 7 and 2 unless configured.</summary>
    public int[]? ReminderDays { get; set; }

    /// <summary>The address users reach the application at, for the links in e-mails (falls back to <c>App:PublicBaseUrl</c>).</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Off in the tests, which run the service's ticks themselves.</summary>
    public bool RunInBackground { get; set; } = true;

    public int IntervalSeconds { get; set; } = 60;

    /// <summary>How many messages one tick claims and sends at most.</summary>
    public int BatchSize { get; set; } = 50;

    public IReadOnlyList<int> Reminders => ReminderDays is { Length: > 0 } days
        ? [.. days.Where(d => d >= 0).Distinct().OrderDescending()]
        : [14, 7, 2];
}

public enum SmtpSecurity
{
    StartTls = 0,
    SslOnConnect = 1,
    None = 2,
}

/// <summary>The SMTP server e-mails go through (section <c>Smtp</c>). No host: e-mails wait in the outbox.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity UseTls { get; set; } = SmtpSecurity.StartTls;

    public string? User { get; set; }

    /// <summary>Never logged.</summary>
    public string? Password { get; set; }

    public string From { get; set; } = "ActionPlanTracker <no-reply@actionplantracker.invalid>";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
