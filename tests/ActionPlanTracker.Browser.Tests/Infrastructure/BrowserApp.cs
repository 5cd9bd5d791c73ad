using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ActionPlanTracker.Browser.Tests.Infrastructure;

/// <summary>
/// A class fixture: the application on the real Kestrel server on a loopback port, over HTTPS as in production (its
/// cookies and antiforgery demand it) with a certificate made for the run, on a fresh migrated database of its own
/// (the plan, members and roles; no cycles, no users), with a clock the tests can move forward.
/// </summary>
public class BrowserApp : IAsyncLifetime
{
    private AppFactory? _factory;

    public ShiftedClock Clock { get; } = new();

    public AppFactory Factory => _factory ?? throw new InvalidOperationException("The application is not started.");

    public Uri BaseAddress { get; private set; } = new("https://localhost");

    protected virtual string Environment => "Testing";

    public async Task InitializeAsync()
    {
        _factory = new AppFactory(await TestPostgres.CreateDatabaseAsync(), Environment)
        {
            Customise = builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)),
        };
        var certificate = SelfSignedCertificate();
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        _factory.StartServer();
        var address = new Uri(_factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        BaseAddress = new UriBuilder(address) { Host = "localhost" }.Uri;
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}

/// <summary>The application as a newcomer sees it in Development: the demo members' reports over several cycles.</summary>
public sealed class DemoBrowserApp : BrowserApp
{
    protected override string Environment => "Development";
}
