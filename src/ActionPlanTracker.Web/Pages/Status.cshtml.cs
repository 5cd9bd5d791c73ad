using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages;

/// <summary>Explains an error status in words, re-executed by the status code pages middleware.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer<PagesResources> text) : PageModel
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet([FromRoute] int code) => Describe(code);

    // A POST re-executed here can carry a form the framework refuses to read (a NUL character, a value or a field count
    // past its limits); binding then fails for every parameter, so the code is read from the route itself.
    public void OnPost() =>
        Describe(int.TryParse(RouteData.Values["code"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : 0);

    /// <summary>The rate limiter's Retry-After, in words.</summary>
    private string WaitText() =>
        int.TryParse(Response.Headers.RetryAfter.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? seconds == 1 ? text["Status.WaitOneSecond"] : text["Status.WaitSeconds", seconds]
            : text["Status.WaitAMinute"];

    private void Describe(int code)
    {
        // Opened directly rather than re-executed for an error, the page still answers with the status it explains.
        if (code is >= 400 and < 600)
        {
            Response.StatusCode = code;
        }

        var name = code is 400 or 403 or 404 or 405 or 409 or 413 or 429 ? code.ToString(CultureInfo.InvariantCulture) : "Other";
        Heading = text[$"Status.{name}.Heading"];
        Explanation = code == 429 ? text["Status.429.Explanation", WaitText()] : text[$"Status.{name}.Explanation"];
    }
}
