using System.Diagnostics;
using System.Security.Claims;
using Serilog.Context;

namespace ActionPlanTracker.Web.Security;

/// <summary>
/// Puts who is asking and the request's correlation id on every log event written while the request runs. Placed
/// after authentication, so the actor is known; the account's name and id only, never anything the person typed.
/// </summary>
public sealed class LogContextMiddleware(RequestDelegate next)
{
    public const string Anonymous = "anonymous";

    public async Task InvokeAsync(HttpContext context)
    {
        using (LogContext.PushProperty("Actor", ActorOf(context)))
        using (LogContext.PushProperty("ActorId", context.User.FindFirstValue(ClaimTypes.NameIdentifier)))
        using (LogContext.PushProperty("CorrelationId", CorrelationIdOf(context)))
        {
            await next(context);
        }
    }

    public static string ActorOf(HttpContext context) => context.User.Identity?.Name ?? Anonymous;

    /// <summary>The W3C trace id when tracing is on (it follows the request to other services), else the request's id.</summary>
    public static string CorrelationIdOf(HttpContext context) => Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
}
