using ActionPlanTracker.Web.Notifications;

namespace ActionPlanTracker.Web.Hosting;

internal static class NotificationSetup
{
    public static void AddActionPlanTrackerNotifications(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<NotificationOptions>(builder.Configuration.GetSection(NotificationOptions.Section));

        // In Development without a host, `dotnet run` loads ActionPlanTracker.DevelopmentMail, which sets these settings.
        services.AddOptions<SmtpOptions>().Bind(builder.Configuration.GetSection(SmtpOptions.Section));

        services.AddSingleton<NotificationLinks>();
        services.AddSingleton<SmtpMailer>();
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<NotificationWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<NotificationWorker>());
        services.AddSingleton<MessageWriter>();
        services.AddScoped<Notifier>();
        services.AddScoped<UnreadNotifications>();
    }
}
