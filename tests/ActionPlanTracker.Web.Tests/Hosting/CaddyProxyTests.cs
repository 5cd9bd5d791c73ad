using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using ActionPlanTracker.Domain;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ActionPlanTracker.Web.Tests.Hosting;

/// <summary>
/// The proxy docker-compose.yml ships, run from the same Caddyfile with Debian's caddy in front of the application on
/// plain HTTP: the site works over HTTPS (sign-in, <c>__Host-</c> cookies, HSTS), the rate limits count each client
/// by the address Caddy saw, and plain HTTP straight to the application is refused with a page saying why.
/// </summary>
public sealed class CaddyProxyTests : IAsyncLifetime
{
    private readonly DirectoryInfo _home = Directory.CreateTempSubdirectory("actionplantracker-caddy-");
    private AppFactory? _app;
    private Process? _caddy;
    private Uri _application = null!;
    private int _httpsPort;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _log = new();

    public async Task InitializeAsync()
    {
        _app = new AppFactory(await TestPostgres.CreateDatabaseAsync())
        {
            Customise = builder => builder.UseSetting("RateLimiting:SignInPerClient", "3"),
        };
        _app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
        _application = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        // A port picked free can be taken again before Caddy binds it (the suite opens connections all the time): Caddy then
        // exits at once and is started again on other ports.
        for (var start = 1; ; start++)
        {
            if (await StartCaddyAsync())
            {
                return;
            }

            if (start == 3)
            {
                throw new InvalidOperationException($"Caddy did not serve https://localhost:{_httpsPort}/health. Its log:\n{string.Join('\n', _log)}");
            }
        }
    }

    /// <summary>Starts Caddy and waits until the application's health check answers through it (the certificate from Caddy's
    /// internal authority is issued in the background after start, so the first handshakes can fail).</summary>
    private async Task<bool> StartCaddyAsync()
    {
        _httpsPort = FreePort();
        var start = new ProcessStartInfo("caddy") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "run", "--config", RepositoryFiles.PathOf("deploy", "Caddyfile"), "--adapter", "caddyfile" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["SITE_ADDRESS"] = $"https://localhost:{_httpsPort}";
        start.Environment["UPSTREAM"] = $"127.0.0.1:{_application.Port}";
        start.Environment["HTTPS_PORT"] = _httpsPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["HTTP_PORT"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["CADDY_ADMIN"] = "off";
        start.Environment["HOME"] = _home.FullName;
        start.Environment["XDG_DATA_HOME"] = Path.Combine(_home.FullName, "data");
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(_home.FullName, "config");
        _caddy?.Dispose();
        _caddy = Process.Start(start) ?? throw new InvalidOperationException("caddy did not start.");
        _caddy.OutputDataReceived += (_, line) => Keep(line.Data);
        _caddy.ErrorDataReceived += (_, line) => Keep(line.Data);
        _caddy.BeginOutputReadLine();
        _caddy.BeginErrorReadLine();

        using var client = Client("127.0.0.1");
        client.Timeout = TimeSpan.FromSeconds(10);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_caddy.HasExited)
            {
                return false;
            }

            try
            {
                using var health = await client.GetAsync("/health");
                if (health.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
            {
                Keep($"(test) /health through Caddy: {failure.GetBaseException().Message}");
            }

            await Task.Delay(200);
        }

        _caddy.Kill(entireProcessTree: true);
        await _caddy.WaitForExitAsync();
        return false;
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _log.Enqueue(line);
        }
    }

    [Fact]
    public async Task Signing_in_through_the_proxy_works_over_HTTPS_with_host_only_secure_cookies_and_HSTS()
    {
        var user = await _app!.CreateAsync(Roles.Auditor);
        using var client = Client("127.0.0.1");

        using var page = await client.GetAsync("/account/sign-in");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(page.Headers.Contains("Strict-Transport-Security"), "No HSTS header came through the proxy.");
        using var signIn = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(
        [
            new("Input.Email", user.Email), new("Input.Password", user.Password), new(Forms.TokenField, Forms.TokenOf(await page.Content.ReadAsStringAsync())!),
        ]));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookies = signIn.Headers.GetValues("Set-Cookie").ToList();
        var session = Assert.Single(cookies, c => c.StartsWith("__Host-ActionPlanTracker=", StringComparison.Ordinal));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        using var reports = await client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, reports.StatusCode);
        Assert.Contains(user.Email, await reports.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_limit_counts_each_client_by_the_address_the_proxy_saw()
    {
        using var first = Client("127.0.0.2");
        using var second = Client("127.0.0.3");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await WrongSignInAsync(first));
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.BadRequest, await WrongSignInAsync(second));
    }

    [Fact]
    public async Task Plain_HTTP_straight_to_the_application_gets_a_page_saying_to_use_the_HTTPS_address()
    {
        using var direct = new HttpClient { BaseAddress = _application };

        using var page = await direct.GetAsync("/account/sign-in");
        using var health = await direct.GetAsync("/health");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("This address must be reached over HTTPS", html, StringComparison.Ordinal);
        Assert.Contains("ForwardedHeaders:KnownNetworks", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    public async Task DisposeAsync()
    {
        if (_caddy is { HasExited: false })
        {
            _caddy.Kill(entireProcessTree: true);
            await _caddy.WaitForExitAsync();
        }

        _caddy?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _home.Delete(recursive: true);
    }

    private static async Task<HttpStatusCode> WrongSignInAsync(HttpClient client)
    {
        using var page = await client.GetAsync("/account/sign-in");
        using var answer = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(
        [
            new("Input.Email", $"nobody-{Guid.NewGuid():N}@example.org"), new("Input.Password", "not the password at all"),
            new(Forms.TokenField, Forms.TokenOf(await page.Content.ReadAsStringAsync())!),
        ]));
        return answer.StatusCode;
    }

    /// <summary>A browser at <paramref name="source"/> (a loopback address of its own) opening https://localhost through the proxy.</summary>
    private HttpClient Client(string source)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            SslOptions = new SslClientAuthenticationOptions
            {
                // Caddy's internal authority signed the certificate for localhost; this test trusts it as a browser would once told to.
                RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.Issuer.Contains("Caddy Local Authority", StringComparison.Ordinal) == true,
            },
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(source), 0));
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = new Uri($"https://localhost:{_httpsPort}") };
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
