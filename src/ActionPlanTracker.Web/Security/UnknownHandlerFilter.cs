using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ActionPlanTracker.Web.Security;

/// <summary>
/// A request naming a handler the page does not have (?handler=Nonsense), or a method it has none for, answers 404
/// instead of rendering the page without running any handler, which would leave its model empty.
/// </summary>
public sealed class UnknownHandlerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        // The status and error pages, re-executed for an error, keep the original method and query string (and so its
        // ?handler=): a failed POST must still show the error page, not a 404.
        var features = context.HttpContext.Features;
        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0
            && features.Get<IStatusCodeReExecuteFeature>() is null && features.Get<IExceptionHandlerPathFeature>() is null)
        {
            context.Result = new NotFoundResult();
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
