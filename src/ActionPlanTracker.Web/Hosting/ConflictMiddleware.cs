using ActionPlanTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Hosting;

/// <summary>
/// The net under every page's own conflict handling: a save that lost a race (a changed version, a key inserted by a
/// simultaneous request) and that no page turned into its own message answers 409 with the status page in words, not
/// 500. Nothing of that save was stored; the person reloads and sees what is.
/// </summary>
public sealed class ConflictMiddleware(RequestDelegate next, ILogger<ConflictMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (DbUpdateException exception) when (exception.IsConflict() && !context.Response.HasStarted)
        {
            logger.LogWarning("A save lost a race with a simultaneous request and was refused with 409: {Reason}", exception.InnerException?.Message ?? exception.Message);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status409Conflict;
        }
    }
}
