using System.Net;
using System.Text.RegularExpressions;
using ActionPlanTracker.Web.Localization;
using ActionPlanTracker.Web.Tests.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ActionPlanTracker.Web.Tests.Localization;

/// <summary>
/// Every page of the authorization matrix that a role may open, in English and in French: no page asks for a
/// text the resource files do not have, and none shows a key ("Reports.Edit.Title") instead of words.
/// </summary>
public sealed partial class PageTextTests(AuthorizationMatrixFixture app) : IClassFixture<AuthorizationMatrixFixture>
{
    public static TheoryData<string> Languages => new() { "en", "fr" };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Every_page_shows_words_not_keys(string language)
    {
        var missing = app.Factory.Services.GetRequiredService<MissingTexts>();
        var problems = new List<string>();
        var visited = 0;
        foreach (var row in AuthorizationMatrixTests.Matrix.Where(row => (string)row[0] == "GET"))
        {
            var outcomes = ((string)row[3]).Split(' ');
            foreach (var who in Enum.GetValues<Who>().Where(who => outcomes[(int)who] == "200"))
            {
                var address = Resolve((string)row[2]);
                using var request = new HttpRequestMessage(HttpMethod.Get, address);
                request.Headers.AcceptLanguage.ParseAdd(language);
                using var response = await app.Clients[who].SendAsync(request);
                if (response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                visited++;
                var html = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    problems.Add($"{address} as {who}: {(int)response.StatusCode}");
                }

                if (!html.Contains($"<html lang=\"{language}\">", StringComparison.Ordinal))
                {
                    problems.Add($"{address} as {who}: not marked lang=\"{language}\"");
                }

                problems.AddRange(ShownKeys(html).Select(key => $"{address} as {who}: shows the key {key}"));
            }
        }

        problems.AddRange(missing.All.Where(entry => entry.EndsWith($"({ActionPlanTracker.Web.Localization.Languages.CultureOf(language).Name})", StringComparison.Ordinal))
            .Select(entry => "no text for " + entry));
        Assert.True(visited > 40, $"Only {visited} pages visited.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Distinct()));
    }

    [Fact]
    public void The_key_check_finds_a_key_shown_as_text()
    {
        Assert.Equal(["Reports.Edit.Title"], ShownKeys("<p>Reports.Edit.Title</p>"));
        Assert.Equal(["Layout.SignOut"], ShownKeys("<button title=\"Layout.SignOut\">x</button>"));
        Assert.Empty(ShownKeys("<p>I.1 Joint investigations, fp-fr@example.org, report.pdf. Next.</p><script>a.B.C</script><code>ActionPlanTracker.Web</code>"));
    }

    /// <summary>Dotted PascalCase words (the shape of every resource key) in the page's text and its readable attributes.</summary>
    private static List<string> ShownKeys(string html)
    {
        var body = Hidden().Replace(html, " ");
        var readable = string.Join(' ', Attribute().Matches(body).Select(m => m.Groups[1].Value))
            + " " + Tag().Replace(body, " ");
        return [.. Key().Matches(WebUtility.HtmlDecode(readable)).Select(m => m.Value).Distinct()];
    }

    private string Resolve(string address) =>
        app.Values.Aggregate(address, (text, value) => text.Replace("{" + value.Key + "}", value.Value, StringComparison.Ordinal));

    // Code samples (commands, file names) are not texts.
    [GeneratedRegex(@"<(script|style|code)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"\b(?:title|aria-label|placeholder|alt)=""([^""]*)""")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\b[A-Z][A-Za-z]+(?:\.[A-Z][A-Za-z0-9]+)+\b")]
    private static partial Regex Key();
}
