using System.Net;
using System.Text.RegularExpressions;

namespace ActionPlanTracker.Web.Tests.BadInput;

/// <summary>Sends a case of the corpus and checks the three promises: the 4xx it expects, its message on the page, nothing stored.</summary>
public static partial class BadInputRunner
{
    public static async Task AssertRefusedAsync(BadInputFixture fixture, BadInputCase @case)
    {
        var client = await fixture.ClientAsync(@case.Who);
        var url = @case.Target.Url(fixture);
        var before = await StoredState.TakeAsync(fixture.Factory);

        using var response = @case.Target.IsPost
            ? await client.PostAsync(url, await @case.BodyAsync(fixture))
            : await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        var after = await StoredState.TakeAsync(fixture.Factory);

        Assert.True(
            (int)response.StatusCode == @case.Status,
            $"{@case.Name}: expected {@case.Status}, got {(int)response.StatusCode} {response.Headers.Location}. The page says: {Said(html)}");
        Assert.True(
            WebUtility.HtmlDecode(html).Contains(@case.Message, StringComparison.Ordinal),
            $"{@case.Name}: the page does not say \"{@case.Message}\". It says: {Said(html)}");
        Assert.True(before.SameAs(after), $"{@case.Name} changed what is stored:{Environment.NewLine}{before.Difference(after)}");
    }

    /// <summary>The heading and the error summary of a page, as text: enough to see why a case failed.</summary>
    public static string Said(string html)
    {
        var heading = Heading().Match(html).Value;
        var problems = Summary().Match(html).Value;
        return WhiteSpace().Replace(WebUtility.HtmlDecode(Tags().Replace(heading + " " + problems, " ")), " ").Trim();
    }

    [GeneratedRegex("<h1.*?</h1>", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex("<div class=\"error-summary\".*?</div>", RegexOptions.Singleline)]
    private static partial Regex Summary();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
