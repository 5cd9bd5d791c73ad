using System.Net;
using ActionPlanTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ActionPlanTracker.Browser.Tests.Infrastructure;

/// <summary>
/// A class fixture: the application on the real Kestrel server on a loopback port, on a fresh migrated database of
/// its own (the plan, members and roles; no cycles, no users), with a clock the tests can move forward.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private AppFactory? _factory;

    public ShiftedClock Clock { get; } = new();

    public AppFactory Factory => _factory ?? throw new InvalidOperationException("The application is not started.");

    /// <summary>The address the browser uses: localhost, a secure context, so the __Host- cookies are kept over http.</summary>
    public Uri BaseAddress { get; private set; } = new("http://localhost");

    public async Task InitializeAsync()
    {
        _factory = new AppFactory(await TestPostgres.CreateDatabaseAsync())
        {
            Customise = builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)),
        };
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = new Uri(_factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        BaseAddress = new UriBuilder(address) { Host = "localhost" }.Uri;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
