using ActionPlanTracker.DevelopmentMail;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Notifications;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ActionPlanTracker.Web.Tests.Notifications;

/// <summary>
/// In Development without an SMTP host, `dotnet run` loads the development mail capture as a hosting startup assembly
/// (launchSettings.json), and e-mails go to a server inside the application, never out.
/// </summary>
public sealed class DevelopmentCaptureTests
{
    private static readonly string CaptureAssembly = typeof(DevelopmentMailStartup).Assembly.GetName().Name!;

    [Fact]
    public async Task Development_without_an_smtp_host_points_the_mailer_at_the_capture_inside_the_application()
    {
        await using var world = await NotificationWorld.CreateAsync();
        await using var development = new AppFactory(world.App.ConnectionString, "Development")
        {
            Customise = builder => builder.UseSetting(WebHostDefaults.HostingStartupAssembliesKey, CaptureAssembly),
        };

        var smtp = development.Services.GetRequiredService<IOptions<SmtpOptions>>().Value;
        var capture = development.Services.GetRequiredService<DevelopmentSmtpCapture>();

        Assert.Equal(("127.0.0.1", capture.Port, SmtpSecurity.None), (smtp.Host, smtp.Port, smtp.UseTls));
    }

    [Fact]
    public async Task A_configured_smtp_host_is_kept_and_nothing_is_captured()
    {
        await using var world = await NotificationWorld.CreateAsync();
        await using var development = new AppFactory(world.App.ConnectionString, "Development")
        {
            Customise = builder => builder
                .UseSetting(WebHostDefaults.HostingStartupAssembliesKey, CaptureAssembly)
                .UseSetting("Smtp:Host", "smtp.example.org"),
        };

        var smtp = development.Services.GetRequiredService<IOptions<SmtpOptions>>().Value;

        Assert.Equal("smtp.example.org", smtp.Host);
        Assert.Null(development.Services.GetService<DevelopmentSmtpCapture>());
    }

    [Fact]
    public async Task The_capture_takes_a_message_sent_through_the_mailer()
    {
        using var capture = new DevelopmentSmtpCapture();
        var mailer = new SmtpMailer(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = capture.Port, UseTls = SmtpSecurity.None }));
        await using var world = await NotificationWorld.CreateAsync();
        await world.App.CreateAsync(Roles.Auditor);
        await using (var db = world.Db())
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO notification_outbox (user_id, recipient, kind, dedup_key, subject, text_body, html_body, created_at, next_attempt_at, attempts) " +
                "SELECT id, 'someone@example.org', 'LateList', 'capture-test', 'Subject', 'Text', '<p>Html</p>', now(), now(), 0 FROM users LIMIT 1");
        }

        await using var read = world.Db();
        var results = await mailer.SendAsync([.. read.NotificationOutbox], CancellationToken.None);

        Assert.Equal([null], results);
        Assert.Equal(1, capture.Count);
    }
}
