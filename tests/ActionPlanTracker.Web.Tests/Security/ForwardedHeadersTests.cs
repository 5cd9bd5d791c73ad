using System.Net;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Tests.Security;

/// <summary>X-Forwarded-Proto and X-Forwarded-For count only when they come from a configured proxy.</summary>
public sealed class ForwardedHeadersTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string ProxyNetwork = "10.20.0.0/16";

    [Fact]
    public async Task Https_forwarded_by_a_known_proxy_is_https_and_from_anyone_else_is_not()
    {
        await using var host = app.Factory.WithSettings(("ForwardedHeaders:KnownNetworks:0", ProxyNetwork));
        using var proxy = host.Client("10.20.3.4", scheme: "http");
        using var stranger = host.Client("192.0.2.50", scheme: "http");

        using var viaProxy = await GetForwardedAsync(proxy, "/plans", "https", "198.51.100.1");
        using var viaStranger = await GetForwardedAsync(stranger, "/plans", "https", "198.51.100.1");

        Assert.Equal(HttpStatusCode.OK, viaProxy.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(viaProxy.Headers.GetValues("Strict-Transport-Security")));
        // Not believed, the stranger's request is plain HTTP, which production answers with the page asking for HTTPS.
        Assert.Equal(HttpStatusCode.BadRequest, viaStranger.StatusCode);
        Assert.Contains("This address must be reached over HTTPS", await viaStranger.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(viaStranger.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_rate_limiter_counts_the_client_a_known_proxy_names_and_ignores_a_name_anyone_else_gives()
    {
        await using var host = app.Factory.WithSettings(("ForwardedHeaders:KnownProxies:0", "10.20.3.4"), ("RateLimiting:SignInPerClient", "2"));
        var user = await app.Factory.CreateAsync(Roles.Auditor);
        using var proxy = host.Client("10.20.3.4");
        using var stranger = host.Client("192.0.2.60");

        var viaProxy = new List<int>();
        var fromStranger = new List<int>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            viaProxy.Add(await SignInForwardedAsync(proxy, user, "198.51.100.10"));
            fromStranger.Add(await SignInForwardedAsync(stranger, user, $"198.51.100.{20 + attempt}"));
        }

        var otherClient = await SignInForwardedAsync(proxy, user, "198.51.100.11");

        Assert.Equal([400, 400, 429], viaProxy);
        Assert.Equal([400, 400, 429], fromStranger);
        Assert.Equal(400, otherClient);
    }

    private static Task<HttpResponseMessage> GetForwardedAsync(HttpClient client, string address, string proto, string clientAddress)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Add("X-Forwarded-Proto", proto);
        request.Headers.Add("X-Forwarded-For", clientAddress);
        return client.SendAsync(request);
    }

    private static async Task<int> SignInForwardedAsync(HttpClient client, TestUser user, string clientAddress)
    {
        var token = await client.GetTokenAsync("/account/sign-in");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent([new("Input.Email", user.Email), new("Input.Password", "a wrong password"), new(Forms.TokenField, token)]),
        };
        request.Headers.Add("X-Forwarded-For", clientAddress);
        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }
}
