using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ActionPlanTracker.Web.Attachments;

/// <summary>
/// Raises the request and multipart limits to the configured attachment size (Attachments:MaxBytes) for one page only,
/// before the antiforgery check reads the form. The page checks the file against the limit itself, so a file a little
/// too large gets a message; one far beyond it (twice the limit) is cut off by the server.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AttachmentLimitsAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Before the antiforgery filter (order 1000), which reads the form.</summary>
    public int Order => -2000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var limit = (AttachmentStore.MaxBytes(http.RequestServices.GetRequiredService<IConfiguration>()) * 2) + (1024 * 1024);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (http.Features.Get<IFormFeature>() is not { Form: not null })
        {
            // Files above 64 KB are buffered to a temporary file, not memory.
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
        }
    }
}
