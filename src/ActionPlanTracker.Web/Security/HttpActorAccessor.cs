using ActionPlanTracker.Data.Auditing;

namespace ActionPlanTracker.Web.Security;

/// <summary>The signed-in user's name is the actor of every change made in a request.</summary>
public sealed class HttpActorAccessor(IHttpContextAccessor context) : IActorAccessor
{
    public string Actor => context.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "system";
}
