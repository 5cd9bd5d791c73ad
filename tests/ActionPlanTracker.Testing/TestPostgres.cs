using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Testcontainers.PostgreSql;

namespace ActionPlanTracker.Testing;

/// <summary>
/// One PostgreSQL server for the whole test run. It comes, in order, from the environment variable
/// <c>ACTIONPLANTRACKER_TEST_POSTGRES</c> (a connection string with rights to create databases), from
/// Testcontainers when a Docker engine answers, or from the machine's own server binaries in a throwaway
/// folder that every test assembly of the run shares (<see cref="SharedThrowawayPostgres"/>). Each test class gets
/// its own database, copied from a migrated and seeded template; templates and databases are named after the test
/// process (each test assembly runs in a process of its own), so assemblies sharing one server never collide.
/// </summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "ACTIONPLANTRACKER_TEST_POSTGRES";

    /// <summary>
    /// Per process: the test assemblies of a run, and two test runs on one machine (two checkouts at different
    /// migrations), may share the throwaway server, and each needs the template of its own migrations.
    /// </summary>
    private static readonly string TemplateName = $"apt_template_{Environment.ProcessId}";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _adminConnectionString;

    public static async Task<string> CreateDatabaseAsync(bool migrated = true)
    {
        var admin = await AdminConnectionStringAsync();
        var name = $"t_{Environment.ProcessId}_{Guid.NewGuid():N}";
        var template = migrated ? TemplateName : "template0";
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return WithDatabase(admin, name);
    }

    public static ActionPlanDbContext CreateContext(string connectionString) =>
        new(new DbContextOptionsBuilder<ActionPlanDbContext>().UseActionPlanDatabase(connectionString).Options);

    private static async Task<string> AdminConnectionStringAsync()
    {
        if (_adminConnectionString is not null)
        {
            return _adminConnectionString;
        }

        await Gate.WaitAsync();
        try
        {
            if (_adminConnectionString is null)
            {
                var admin = await StartServerAsync();
                await CreateTemplateAsync(admin);
                _adminConnectionString = admin;
            }

            return _adminConnectionString;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> StartServerAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (DockerMayBeAvailable())
        {
            try
            {
                var container = new PostgreSqlBuilder("postgres:15").Build();
                await container.StartAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
                return container.GetConnectionString();
            }
            catch (Exception exception) when (exception is DotNet.Testcontainers.Builders.DockerUnavailableException or InvalidOperationException or TimeoutException)
            {
                // A socket without a working engine behind it: fall back to the local binaries.
            }
        }

        // The shared server's watchdog stops it once every test process of the run has exited.
        return SharedThrowawayPostgres.ConnectionString(await SharedThrowawayPostgres.AttachAsync());
    }

    private static bool DockerMayBeAvailable() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_HOST")) || File.Exists("/var/run/docker.sock");

    private static async Task CreateTemplateAsync(string admin)
    {
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{TemplateName}\"");
        await ExecuteAsync(admin, $"CREATE DATABASE \"{TemplateName}\"");
        await using (var db = CreateContext(WithDatabase(admin, TemplateName)))
        {
            await db.Database.MigrateAsync();
            await PlanSeeder.SeedAsync(db);
            await RoleSeeder.SeedAsync(db);
        }

        NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropTemplate(admin);
    }

    /// <summary>Best effort: a throwaway server takes its templates with it anyway; a configured one should not collect them.</summary>
    private static void DropTemplate(string admin)
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{TemplateName}\" WITH (FORCE)").GetAwaiter().GetResult();
        }
        catch (NpgsqlException)
        {
            // The server may already be stopping with the run.
        }
    }

    /// <summary>
    /// A test database's connection string. One server serves every test of the run (max_connections 200): idle
    /// connections close after 10 seconds instead of 5 minutes, so the pools of finished test classes do not hold the
    /// server's connections while later classes need them.
    /// </summary>
    private static string WithDatabase(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database, ConnectionIdleLifetime = 10, ConnectionPruningInterval = 2 }.ConnectionString;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
