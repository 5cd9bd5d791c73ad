using ActionPlanTracker.DevelopmentMail;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

[assembly: HostingStartup(typeof(DevelopmentMailStartup))]

namespace ActionPlanTracker.DevelopmentMail;

/// <summary>
/// Loaded by <c>dotnet run</c> (<c>ASPNETCORE_HOSTINGSTARTUPASSEMBLIES</c> in launchSettings.json): in Development with
/// no <c>Smtp:Host</c>, starts the capture and points the application's SMTP settings at it. Configuration is the
/// only contract, so this assembly needs nothing from the application and the application nothing from it.
/// </summary>
public sealed class DevelopmentMailStartup : IHostingStartup
{
    public void Configure(IWebHostBuilder builder)
    {
        DevelopmentSmtpCapture? capture = null;
        builder.ConfigureAppConfiguration((context, configuration) =>
        {
            if (context.HostingEnvironment.IsDevelopment() && string.IsNullOrWhiteSpace(configuration.Build()["Smtp:Host"]))
            {
                capture = new DevelopmentSmtpCapture();
                configuration.AddInMemoryCollection(capture.SmtpSettings());
            }
        });

        // Configuration is read before services are added, so the capture, if any, exists by now.
        builder.ConfigureServices(services =>
        {
            if (capture is { } started)
            {
                // From a factory, so that the container disposes of it (and stops the server) with the application.
                services.AddSingleton(_ => started);
                services.AddHostedService(provider => new Announcement(started, provider.GetRequiredService<ILogger<DevelopmentSmtpCapture>>()));
            }
        });
    }

    /// <summary>Says where e-mails go once logging is there, when the application starts.</summary>
    private sealed class Announcement(DevelopmentSmtpCapture capture, ILogger logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            capture.LogTo(logger);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
