using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ActionPlanTracker.Web.Attachments;

/// <summary>
/// Raises the request and multipart limits to the configured attachment size (Attachments:MaxBytes) for one page only,
/// before the antiforgery check reads the form. The page checks the file against the limit itself, so a file a little
/// too large gets a message. A request far beyond it (over twice the limit) is not read as a form at all: its body is
/// read to the end and thrown away, and the browser is sent back to the page, which gives the same message.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AttachmentLimitsAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>The query value the page reads to say the file was larger than the limit.</summary>
    public const string TooLarge = "too-large";

    /// <summary>Before the antiforgery filter (order 1000), which reads the form.</summary>
    public int Order => -2000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var max = AttachmentStore.MaxBytes(http.RequestServices.GetRequiredService<IConfiguration>());
        var limit = (max * 2) + (1024 * 1024);
        var size = http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature ? feature : null;
        if (HttpMethods.IsPost(http.Request.Method) && http.Request.ContentLength > limit)
        {
            await RefuseAsync(context, http, size, max);
            return;
        }

        if (size is not null)
        {
            size.MaxRequestBodySize = limit;
        }

        if (http.Features.Get<IFormFeature>() is not { Form: not null })
        {
            // Files above 64 KB are buffered to a temporary file, not memory.
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
        }
    }

    /// <summary>
    /// Nothing of the request is kept or acted on, so it needs no antiforgery token (the token comes after the file in
    /// the form). The body is read through, in small buffers, so the browser gets the answer rather than a broken
    /// connection; beyond ten times the limit it is not worth reading and the server closes the connection instead.
    /// </summary>
    private static async Task RefuseAsync(AuthorizationFilterContext context, HttpContext http, IHttpMaxRequestBodySizeFeature? size, long max)
    {
        if (http.Request.ContentLength <= max * 10)
        {
            if (size is not null)
            {
                size.MaxRequestBodySize = http.Request.ContentLength;
            }

            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
        }

        http.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        var id = Convert.ToString(context.RouteData.Values["id"], System.Globalization.CultureInfo.InvariantCulture);
        context.Result = new RedirectResult($"/reports/{Uri.EscapeDataString(id ?? "")}/attachments?refused={TooLarge}");
    }
}
