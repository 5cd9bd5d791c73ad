using System.Globalization;
using ActionPlanTracker.Web.Api;
using ActionPlanTracker.Web.Security;
using Serilog;

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
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture),
            preserveStaticLogger: true);

    public static void UseActionPlanTrackerPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/Status/{0}");

        // Logs method, path (never the query string), status and time; no form values or headers.
        app.UseSerilogRequestLogging();

        app.UseRouting();
        app.UseAuthentication();
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
