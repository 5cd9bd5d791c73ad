using System.Globalization;
using ActionPlanTracker.Web.Api;
using ActionPlanTracker.Web.Security;
using Serilog;
using Serilog.Events;

namespace ActionPlanTracker.Web.Hosting;

internal static class Pipeline
{
    /// <remarks>
    /// The static start-up logger is left as it is (<c>preserveStaticLogger</c>): several hosts in one process,
    /// as in the integration tests, would otherwise race to freeze it.
    /// </remarks>
    public static void AddActionPlanTrackerLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                // Its request lines hold the query string (set-password tokens among them); the request logging's lines do not.
                .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LogEventLevel.Warning)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture),
            preserveStaticLogger: true);

    public static void UseActionPlanTrackerPipeline(this WebApplication app)
    {
        KeyProtection.WarnWhenUnprotected(app);

        // First, so the scheme and client address are right for everything after; then the headers every answer gets.
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();

        if (!app.Environment.IsDevelopment())
        {
            app.UseMiddleware<HttpsOnlyMiddleware>();
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/Status/{0}");

        // Inside the status pages and the exception handler: the API answers its errors itself, as problem details.
        app.UseApiProblems();
        app.UseMiddleware<ConflictMiddleware>();
        app.UseMiddleware<NulCharacterMiddleware>();
        app.UseRewriter(OldAddresses.Rules());

        // Logs method, path (never the query string), status and time; no form values or headers.
        // Written through the host's logger (its configuration and sinks), not the static start-up one.
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                diagnostics.Set("Actor", LogContextMiddleware.ActorOf(context));
                diagnostics.Set("CorrelationId", LogContextMiddleware.CorrelationIdOf(context));
            };
        });

        app.UseRouting();
        app.UseAuthentication();

        // After authentication: a signed-in person's language is in their profile.
        app.UseRequestLocalization();
        app.UseMiddleware<LogContextMiddleware>();
        app.UseAuthorization();

        // After authorization, so the API's limiter counts each request against the token that made it.
        app.UseRateLimiter();
        app.UseMiddleware<TwoFactorRequirementMiddleware>();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        app.MapActionPlanTrackerApi();
    }
}
