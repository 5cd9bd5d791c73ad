using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlanTracker.Web.Pages;

/// <summary>Explains an error status in words, re-executed by the status code pages middleware.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
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
            ? $"Wait {seconds} second{(seconds == 1 ? "" : "s")}, then try again."
            : "Wait a minute, then try again.";

    private void Describe(int code)
    {
        // Opened directly rather than re-executed for an error, the page still answers with the status it explains.
        if (code is >= 400 and < 600)
        {
            Response.StatusCode = code;
        }

        (Heading, Explanation) = code switch
        {
            400 => ("The request could not be understood", "Something in what was sent was not valid. Go back, check the form and try again."),
            403 => ("You do not have access to this page", "Your account's role does not allow this. Ask the secretariat if you think it should."),
            404 => ("Page not found", "There is nothing at this address. It may have been mistyped, or the item no longer exists."),
            405 => ("That action is not available here", "The page does not accept this kind of request."),
            429 => ("Too many requests", $"Too many sign-in attempts or downloads in a short time. {WaitText()} Nothing you had already saved is lost."),
            _ => ("Something went wrong", "The page could not be shown. Nothing you had already saved is lost."),
        };
    }
}
