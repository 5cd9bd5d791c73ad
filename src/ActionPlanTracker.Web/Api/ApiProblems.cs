namespace ActionPlanTracker.Web.Api;

/// <summary>Errors of the API as RFC 9457 problem details, never the HTML status page.</summary>
public static class ApiProblems
{
    public static Task Write(HttpContext context, int status, string detail) =>
        TypedResults.Problem(detail, statusCode: status).ExecuteAsync(context);
}
