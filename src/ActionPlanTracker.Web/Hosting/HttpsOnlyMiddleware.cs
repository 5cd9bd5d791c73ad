using System.Net;
using ActionPlanTracker.Web.Pages;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Hosting;

/// <summary>
/// Outside Development the application is reached over HTTPS through a TLS-terminating proxy that says so
/// (X-Forwarded-Proto from a proxy named in ForwardedHeaders). A request that arrives over plain HTTP anyway (the
/// port opened directly, or a proxy not yet trusted) gets a page saying so and what to configure, with status 400,
/// instead of a failure further on: every cookie here is Secure, so no form could work. The health check stays
/// answerable over plain HTTP, for the load balancer and the container runtime.
/// </summary>
public sealed class HttpsOnlyMiddleware(RequestDelegate next, IStringLocalizer<PagesResources> text, ILogger<HttpsOnlyMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.IsHttps || context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        logger.LogWarning("Refused a request that reached the application over plain HTTP from {Address}: configure the TLS proxy and ForwardedHeaders",
            context.Connection.RemoteIpAddress);
        var language = context.Request.Headers.AcceptLanguage.ToString().TrimStart().StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? "fr" : "en";
        var culture = System.Globalization.CultureInfo.GetCultureInfo(language);
        string T(string key)
        {
            var previous = System.Globalization.CultureInfo.CurrentUICulture;
            System.Globalization.CultureInfo.CurrentUICulture = culture;
            try
            {
                return WebUtility.HtmlEncode(text[key]);
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentUICulture = previous;
            }
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="{{language}}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{T("Https.Title")}}</title>
            </head>
            <body><main>
            <h1>{{T("Https.Title")}}</h1>
            <p>{{T("Https.Explanation")}}</p>
            <p>{{T("Https.ForOperators")}}</p>
            <ul>
            <li>{{T("Https.Proxy")}}</li>
            <li>{{T("Https.KnownNetworks")}}</li>
            </ul>
            </main></body></html>
            """);
    }
}
