using ActionPlanTracker.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ActionPlanTracker.Web.Tests.Infrastructure;

/// <summary>The application through its real HTTP pipeline, on a database of its own.</summary>
public sealed class AppFactory(string connectionString) : WebApplicationFactory<Program>
{
    public string ConnectionString { get; } = connectionString;

    public ActionPlanDbContext CreateDbContext() => TestPostgres.CreateContext(ConnectionString);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{DatabaseOptions.ConnectionStringName}", ConnectionString);
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
