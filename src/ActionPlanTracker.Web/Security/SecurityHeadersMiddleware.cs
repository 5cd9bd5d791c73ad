using Microsoft.Net.Http.Headers;

namespace ActionPlanTracker.Web.Security;

/// <summary>
/// The browser-side defences on every response (pages, files, error and status pages, static assets), set just before
/// the response starts so that nothing later in the pipeline can answer without them.
/// </summary>
public sealed class SecurityHeadersMiddleware
{
    /// <summary>
    /// The pages load only their own stylesheets, and no script at all; charts and QR codes are inline SVG drawn with
    /// presentation attributes, not style attributes, so neither <c>unsafe-inline</c> nor <c>data:</c> is needed.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>
    /// The API reference page runs Scalar, which writes its styles into the page as it draws: that page alone allows
    /// inline styles (never inline scripts).
    /// </summary>
    public const string ApiReferenceContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    private readonly RequestDelegate _next;
    private readonly HashSet<string> _staticRoots;

    public SecurityHeadersMiddleware(RequestDelegate next, IWebHostEnvironment environment)
    {
        _next = next;

        // The first segments under wwwroot (css, js, ...): files anyone may cache, since they hold no report data.
        _staticRoots = environment.WebRootFileProvider.GetDirectoryContents("/")
            .Select(entry => entry.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = (context.Request.Path.Value ?? "").TrimEnd('/').Equals(Api.ApiSetup.ReferencePath, StringComparison.OrdinalIgnoreCase)
                ? ApiReferenceContentSecurityPolicy
                : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";

            // Everything the application writes may carry report data or a session; only the static files may be kept.
            // The API's answers say for themselves how they may be kept (private, revalidated by ETag: no browser, no
            // shared cache, is involved), so theirs stands.
            if (!IsStaticFile(context) && !IsApiAnswerWithItsOwnPolicy(context))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
                headers.Remove(HeaderNames.Expires);
            }

            return Task.CompletedTask;
        });

        return _next(context);
    }

    private static bool IsApiAnswerWithItsOwnPolicy(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && context.Response.Headers.CacheControl.ToString().Contains("private", StringComparison.Ordinal);

    private bool IsStaticFile(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var first = path.TrimStart('/').Split('/', 2)[0];
        return first.Length > 0 && _staticRoots.Contains(first)
            && context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified;
    }
}
