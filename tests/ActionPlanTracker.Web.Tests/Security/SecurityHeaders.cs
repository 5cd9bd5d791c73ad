using System.Net;
using System.Text.RegularExpressions;

namespace ActionPlanTracker.Web.Tests.Security;

/// <summary>What every answer of the application must carry; each check returns what is wrong, or nothing.</summary>
public static partial class SecurityHeaders
{
    public const string Csp =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public static async Task<IEnumerable<string>> ProblemsAsync(HttpResponseMessage response, bool staticFile = false)
    {
        var problems = new List<string>();
        void Expect(string header, string expected)
        {
            var actual = Value(response, header);
            if (actual != expected)
            {
                problems.Add($"{header} is \"{actual}\", not \"{expected}\"");
            }
        }

        Expect("Content-Security-Policy", Csp);
        Expect("X-Content-Type-Options", "nosniff");
        Expect("X-Frame-Options", "DENY");
        Expect("Referrer-Policy", "no-referrer");
        Expect("Cross-Origin-Opener-Policy", "same-origin");
        Expect("Strict-Transport-Security", "max-age=31536000");
        if (!Value(response, "Permissions-Policy").Contains("camera=()", StringComparison.Ordinal))
        {
            problems.Add("Permissions-Policy does not turn off the camera");
        }

        var cache = Value(response, "Cache-Control");
        if (staticFile == cache.Contains("no-store", StringComparison.Ordinal))
        {
            problems.Add($"Cache-Control is \"{cache}\"{(staticFile ? " on a static file" : "")}");
        }

        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            var html = await response.Content.ReadAsStringAsync();
            if (InlineScript().IsMatch(html) || StyleAttribute().IsMatch(html) || EventHandler().IsMatch(html))
            {
                problems.Add("the page holds an inline script, an event handler or a style attribute, which the policy blocks");
            }
        }

        return problems;
    }

    public static string Describe(HttpResponseMessage response) =>
        ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
        + (response.StatusCode == HttpStatusCode.Redirect ? " → " + response.Headers.Location : "");

    private static string Value(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) || response.Content.Headers.TryGetValues(header, out values)
            ? string.Join(", ", values)
            : "";

    [GeneratedRegex("<script(?![^>]*\\ssrc=)", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<[^>]+\\sstyle\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex("<[^>]+\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}
