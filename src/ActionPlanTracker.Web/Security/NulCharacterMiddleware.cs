namespace ActionPlanTracker.Web.Security;

/// <summary>
/// Refuses, with 400, an address whose path or query string holds a NUL character: no page has a use for one, and
/// PostgreSQL rejects it in text, which would turn a filter such as /audit?actor=%00 into a server error.
/// </summary>
public sealed class NulCharacterMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.Value?.Contains('\0', StringComparison.Ordinal) == true
            || request.Query.Any(pair => pair.Key.Contains('\0', StringComparison.Ordinal)
                || pair.Value.Any(value => value?.Contains('\0', StringComparison.Ordinal) == true)))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
