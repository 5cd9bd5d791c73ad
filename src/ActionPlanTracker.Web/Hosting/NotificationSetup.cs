using ActionPlanTracker.Web.Notifications;

namespace ActionPlanTracker.Web.Hosting;

internal static class NotificationSetup
{
    public static void AddActionPlanTrackerNotifications(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<NotificationOptions>(builder.Configuration.GetSection(NotificationOptions.Section));
        var smtp = services.AddOptions<SmtpOptions>().Bind(builder.Configuration.GetSection(SmtpOptions.Section));
        if (builder.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(builder.Configuration[$"{SmtpOptions.Section}:Host"]))
        {
            services.AddSingleton<DevelopmentSmtpCapture>();
            smtp.PostConfigure<DevelopmentSmtpCapture>((options, capture) =>
            {
                options.Host = "127.0.0.1";
                options.Port = capture.Port;
                options.UseTls = SmtpSecurity.None;
                options.User = null;
            });
        }

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
