using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;

namespace ActionPlanTracker.Bench;

/// <summary>
/// A signed-in browser, reduced to its cookies: signs in through the real form and keeps every cookie the application
/// sets, so the same Cookie header can be handed to wrk.
/// </summary>
internal sealed partial class Session(HttpClient client)
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public string CookieHeader => string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));

    /// <summary>A client that trusts the run's own self-signed certificate (and no other) and leaves cookies and redirects to the caller.</summary>
    public static HttpClient CreateClient(Uri baseAddress, string thumbprint) => new(new SocketsHttpHandler
    {
        UseCookies = false,
        AllowAutoRedirect = false,
        SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is X509Certificate2 c && c.Thumbprint == thumbprint },
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromMinutes(5),
    };

    public static async Task<Session> SignInAsync(HttpClient client, string email, string password)
    {
        var session = new Session(client);
        var token = await session.TokenAsync("/account/sign-in");
        using var response = await session.SendAsync(HttpMethod.Post, "/account/sign-in", new FormUrlEncodedContent(
        [
            new("Input.Email", email), new("Input.Password", password), new("__RequestVerificationToken", token),
        ]));
        if (response.StatusCode != HttpStatusCode.Redirect || !session._cookies.Keys.Any(k => k.EndsWith("ActionPlanTracker", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"Signing in as {email} failed: {(int)response.StatusCode}.");
        }

        return session;
    }

    /// <summary>The antiforgery token of a form page, for this session.</summary>
    public async Task<string> TokenAsync(string page)
    {
        var html = await GetStringAsync(page);
        return Token().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {page}.");
    }

    public async Task<string> GetStringAsync(string address)
    {
        using var response = await SendAsync(HttpMethod.Get, address);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {address} answered {(int)response.StatusCode}, not 200.");
        }

        return await response.Content.ReadAsStringAsync();
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string address, HttpContent? content = null, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        using var request = new HttpRequestMessage(method, address) { Content = content };
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", CookieHeader);
        }

        var response = await client.SendAsync(request, completion);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            foreach (var cookie in cookies)
            {
                var pair = cookie.Split(';', 2)[0].Split('=', 2);
                _cookies[pair[0]] = pair[1];
            }
        }

        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
