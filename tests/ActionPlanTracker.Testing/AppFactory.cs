using ActionPlanTracker.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ActionPlanTracker.Testing;

/// <summary>The application through its real HTTP pipeline, on a database of its own.</summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    /// <summary>Entity Framework's cache of compiled queries, one for every host of the test process.</summary>
    private static readonly MemoryCache EntityFrameworkCache = new(new MemoryCacheOptions());

    private readonly string _environment;

    public AppFactory(string connectionString, string environment = "Testing")
    {
        ConnectionString = connectionString;
        _environment = environment;

        // The cookies are Secure (__Host- prefix): the client must speak HTTPS for them to be sent back.
        ClientOptions.BaseAddress = new Uri("https://localhost");
    }

    public string ConnectionString { get; }

    /// <summary>
    /// PBKDF2 iterations for the passwords this host stores. Production's count costs a tenth of a second for every
    /// sign-in and every account a test makes; a test about the stored hash itself sets null, to keep the application's.
    /// </summary>
    public int? PasswordIterations { get; init; } = 1_000;

    /// <summary>More host configuration for a test that needs it (the browser tests' clock, for one).</summary>
    public Action<IWebHostBuilder>? Customise { get; init; }

    public ActionPlanDbContext CreateDbContext() => TestPostgres.CreateContext(ConnectionString);

    /// <summary>A client that does not follow redirects, to see where the application sends a request.</summary>
    public HttpClient CreateNonRedirectingClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("https://localhost"),
    });

    /// <summary>Stops the application and closes the idle connections of its database's pool: the server is shared by every test.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        Npgsql.NpgsqlConnection.ClearPool(connection);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting($"ConnectionStrings:{DatabaseOptions.ConnectionStringName}", ConnectionString);

        // Every client of a test host shares one address; the rate limit tests set low limits of their own.
        builder.UseSetting("RateLimiting:SignInPerClient", "100000");
        builder.UseSetting("RateLimiting:SignInPerAccount", "100000");
        builder.UseSetting("RateLimiting:ExportsPerUser", "100000");

        // The notification tests run the service's rounds themselves, at the times they set.
        builder.UseSetting("Notifications:RunInBackground", "false");
        builder.ConfigureTestServices(services =>
        {
            if (PasswordIterations is { } iterations)
            {
                services.Configure<PasswordHasherOptions>(options => options.IterationCount = iterations);
            }

            // Entity Framework keeps its model and compiled queries per internal service provider, and builds one for
            // every distinct memory cache it is given: without this, each test host would build its own, again.
            services.ConfigureDbContext<ActionPlanDbContext>((_, options) => options.UseMemoryCache(EntityFrameworkCache));
        });
        Customise?.Invoke(builder);
    }
}

/// <summary>A class fixture: one migrated, seeded database and one application for the tests of a class.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private AppFactory? _factory;

    public AppFactory Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync() => _factory = new AppFactory(await TestPostgres.CreateDatabaseAsync());

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
