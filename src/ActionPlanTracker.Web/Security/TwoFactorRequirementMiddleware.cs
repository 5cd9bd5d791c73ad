using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Security;

/// <summary>Administrators must use an authenticator app: until they set one up, every page leads to the set-up page.</summary>
public sealed class TwoFactorRequirementMiddleware(RequestDelegate next)
{
    public const string SetupPath = "/account/two-factor";

    private static readonly string[] Allowed = [SetupPath, "/account/sign-out", "/account/sign-in", "/health", "/css/", "/js/", "/lib/", "/Status/"];

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Administrator) && !user.HasTwoFactor()
            && !Allowed.Any(p => context.Request.Path.StartsWithSegments(p.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(SetupPath);
            return Task.CompletedTask;
        }

        return next(context);
    }
}
