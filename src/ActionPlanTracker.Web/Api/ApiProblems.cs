using Microsoft.AspNetCore.Diagnostics;

namespace ActionPlanTracker.Web.Api;

/// <summary>Errors of the API as RFC 9457 problem details, never the HTML status page.</summary>
public static class ApiProblems
{
    public static Task Write(HttpContext context, int status, string detail) =>
        TypedResults.Problem(detail, statusCode: status).ExecuteAsync(context);

    /// <summary>
    /// Every error answer under /api as problem details, in every environment: a request the framework cannot bind (a
    /// page that is not a number), an address or method the API does not have, and an exception, which is logged and
    /// answered without its stack trace or any of the request's headers.
    /// </summary>
    public static void UseApiProblems(this IApplicationBuilder app) => app.UseWhen(
        context => context.Request.Path.StartsWithSegments("/api/v1", StringComparison.OrdinalIgnoreCase),
        api => api.Use(async (context, next) =>
        {
            if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            try
            {
                await next(context);
            }
            catch (BadHttpRequestException refused) when (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await Write(context, refused.StatusCode, Unreadable);
                return;
            }
            catch (Exception failure) when (!context.Response.HasStarted && failure is not OperationCanceledException)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("ActionPlanTracker.Api")
                    .LogError(failure, "The API failed to answer {Path}", context.Request.Path.Value);
                context.Response.Clear();
                await Write(context, StatusCodes.Status500InternalServerError, "The API could not answer this request. It was logged; try again later.");
                return;
            }

            var status = context.Response.StatusCode;
            if (status >= 400 && !context.Response.HasStarted && context.Response.ContentLength is null && string.IsNullOrEmpty(context.Response.ContentType))
            {
                await Write(context, status, status switch
                {
                    StatusCodes.Status400BadRequest => Unreadable,
                    StatusCodes.Status404NotFound => "There is nothing at this address of the API.",
                    StatusCodes.Status405MethodNotAllowed => "The API is read-only: its addresses answer GET only.",
                    _ => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status),
                });
            }
        }));

    private const string Unreadable = "The request could not be read: a parameter is not of its type (page and pageSize are whole numbers, an id is a number).";
}
