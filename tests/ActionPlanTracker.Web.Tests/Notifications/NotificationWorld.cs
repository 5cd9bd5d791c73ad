using System.Globalization;
using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Notifications;
using ActionPlanTracker.DevelopmentMail;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Notifications;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using netDumbster.smtp;

namespace ActionPlanTracker.Web.Tests.Notifications;

/// <summary>
/// A database of its own, a real SMTP server in the process on a free port, a clock the test sets, and as many
/// copies of the application ("replicas") on that database as a test asks for.
/// </summary>
public sealed class NotificationWorld : IAsyncDisposable
{
    public const string BaseUrl = "https://tracker.example.org";

    private readonly List<WebApplicationFactory<Program>> _hosts = [];

    private NotificationWorld(AppFactory app)
    {
        App = app;
        SmtpPort = DevelopmentSmtpCapture.FreePort();
        Smtp = SimpleSmtpServer.Start(SmtpPort);
    }

    /// <summary>The application on real time, for accounts, data and pages.</summary>
    public AppFactory App { get; }

    /// <summary>Starts before every date the tests use: a fake clock only goes forward.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public int SmtpPort { get; }

    public SimpleSmtpServer? Smtp { get; private set; }

    public static async Task<NotificationWorld> CreateAsync() => new(new AppFactory(await TestPostgres.CreateDatabaseAsync()));

    /// <summary>A new copy of the application on the same database, with the world's clock and SMTP server.</summary>
    public WebApplicationFactory<Program> Replica()
    {
        var host = new AppFactory(App.ConnectionString).WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Smtp:Host", "127.0.0.1");
            builder.UseSetting("Smtp:Port", SmtpPort.ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("Smtp:UseTls", "None");
            builder.UseSetting("Smtp:From", "RLG secretariat <rlg@example.org>");
            builder.UseSetting("Notifications:PublicBaseUrl", BaseUrl);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        });
        _hosts.Add(host);
        return host;
    }

    /// <summary>Runs one round of the host's notification service at the world's time.</summary>
    public static Task<TickResult> TickAsync(WebApplicationFactory<Program> host) =>
        host.Services.GetRequiredService<NotificationWorker>().TickAsync();

    public void SetDay(DateOnly day, int hour = 9) =>
        Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero));

    public void StopSmtp()
    {
        Smtp?.Stop();
        Smtp = null;
    }

    public void StartSmtp() => Smtp ??= SimpleSmtpServer.Start(SmtpPort);

    /// <summary>The messages the SMTP server received, parsed, in the order they were produced (the server keeps no order).</summary>
    public IReadOnlyList<MimeMessage> Received() =>
        [.. (Smtp?.ReceivedEmail ?? []).Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data)))).OrderBy(m => m.Date)];

    public IReadOnlyList<MimeMessage> ReceivedBy(TestUser user) =>
        [.. Received().Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, user.Email, StringComparison.OrdinalIgnoreCase)))];

    public ActionPlanDbContext Db() => App.CreateDbContext();

    public async Task<string> UserIdAsync(TestUser user)
    {
        await using var db = Db();
        return await db.Users.Where(u => u.Email == user.Email).Select(u => u.Id).SingleAsync();
    }

    public async Task<List<OutboxMessage>> OutboxAsync(TestUser user)
    {
        var id = await UserIdAsync(user);
        await using var db = Db();
        return await db.NotificationOutbox.AsNoTracking().Where(m => m.UserId == id).OrderBy(m => m.Id).ToListAsync();
    }

    public async Task<List<Notification>> InAppAsync(TestUser user)
    {
        var id = await UserIdAsync(user);
        await using var db = Db();
        return await db.Notifications.AsNoTracking().Where(n => n.UserId == id).OrderBy(n => n.Id).ToListAsync();
    }

    /// <summary>Submits every report of the member in the cycle, so it has nothing left to file.</summary>
    public async Task SubmitAllAsync(string cycleCode, string member, DateTimeOffset at)
    {
        await using var db = Db();
        var cycle = await db.Cycles.SingleAsync(c => c.Code == cycleCode);
        var memberId = await db.Members.Where(m => m.Code == member).Select(m => m.Id).SingleAsync();
        foreach (var report in await db.Reports.Where(r => r.CycleId == cycle.Id && r.MemberId == memberId).ToListAsync())
        {
            report.SaveDraft(cycle, new ReportContent(Completion.Limited, "Work went on.", "", "", [], null), "fp@example.org", at);
            report.Submit(cycle, "fp@example.org", at);
        }

        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await App.DisposeAsync();
        Smtp?.Dispose();
    }
}
