using System.Net;
using System.Text.RegularExpressions;

namespace ActionPlanTracker.Testing;

/// <summary>Posts forms the way a browser does: with the antiforgery token the page handed out.</summary>
public static partial class Forms
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>GETs the page, then POSTs the fields to <paramref name="postUrl"/> (default: the same address) with its token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var token = await client.GetTokenAsync(pageUrl);
        return await client.PostAsync(postUrl ?? pageUrl, new FormUrlEncodedContent([.. fields, new(TokenField, token)]));
    }

    public static Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string pageUrl, params (string Name, string Value)[] fields) =>
        client.PostFormAsync(pageUrl, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    public static async Task<string> GetTokenAsync(this HttpClient client, string pageUrl)
    {
        using var response = await client.GetAsync(pageUrl);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {pageUrl} answered {(int)response.StatusCode}, not the form.");
        }

        return TokenOf(html) ?? throw new InvalidOperationException($"The page {pageUrl} holds no antiforgery token.");
    }

    public static string? TokenOf(string html) => Token().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
