using System.Net;
using Npgsql;

namespace ActionPlanTracker.Web.Tests.Hosting;

public sealed class HealthTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Health_is_200_when_the_database_answers()
    {
        using var client = app.Factory.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_is_503_when_the_database_stops_answering()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var factory = new AppFactory(connectionString);
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        await RefuseConnectionsAsync(connectionString);
        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    private static async Task RefuseConnectionsAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"ALTER DATABASE \"{database}\" WITH ALLOW_CONNECTIONS false; " +
            $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}';",
            connection);
        await command.ExecuteNonQueryAsync();
    }
}
