using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ActionPlanTracker.Web.Tests.Reliability;

/// <summary>
/// One instance of the application on a real Kestrel loopback port, as one replica behind a load balancer. The
/// balancer ends TLS, so the replica is told each request came over HTTPS (its cookies are Secure).
/// </summary>
public sealed class Replica : IAsyncDisposable
{
    private readonly AppFactory _app;
    private readonly WebApplicationFactory<Program> _server;

    private Replica(AppFactory app, WebApplicationFactory<Program> server, Uri address)
    {
        _app = app;
        _server = server;
        Address = address;
    }

    public Uri Address { get; }

    public IServiceProvider Services => _server.Services;

    public static Replica Start(string connectionString)
    {
        var app = new AppFactory(connectionString);
        var server = app.WithWebHostBuilder(b => b
            .UseSetting("urls", "http://127.0.0.1:0")
            .ConfigureServices(s => s.AddTransient<IStartupFilter, BehindTlsProxy>()));
        server.UseKestrel();
        server.StartServer();
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Replica(app, server, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _app.DisposeAsync();
    }

    private sealed class BehindTlsProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Request.Scheme = "https";
                return following(context);
            });
            next(app);
        };
    }
}

/// <summary>
/// One browser in front of several replicas: a single cookie jar, sent with every request whichever replica answers it
/// (a Secure cookie is sent too: between the browser and the balancer the connection is HTTPS).
/// </summary>
internal sealed class Browser : IDisposable
{
    private readonly Dictionary<string, string> _cookies = [];
    private readonly HttpClient _http;

    public Browser() => _http = new HttpClient(new Jar(_cookies) { InnerHandler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false } });

    public IReadOnlyDictionary<string, string> Cookies => _cookies;

    public Task<HttpResponseMessage> GetAsync(Replica replica, string path) => _http.GetAsync(new Uri(replica.Address, path));

    public Task<HttpResponseMessage> PostAsync(Replica replica, string path, params (string Name, string Value)[] fields) =>
        _http.PostAsync(new Uri(replica.Address, path), new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));

    /// <summary>Reads a page's antiforgery token.</summary>
    public async Task<string> TokenAsync(Replica replica, string path)
    {
        using var page = await GetAsync(replica, path);
        return Forms.TokenOf(await page.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException($"{path} on {replica.Address} has no form ({(int)page.StatusCode}).");
    }

    public void Dispose() => _http.Dispose();

    private sealed class Jar(Dictionary<string, string> cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
            }

            var response = await base.SendAsync(request, cancellationToken);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = header.Split(';', 2)[0];
                var (name, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
                if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    cookies.Remove(name);
                }
                else
                {
                    cookies[name] = value;
                }
            }

            return response;
        }
    }
}
