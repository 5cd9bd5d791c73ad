using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Auditing;
using ActionPlanTracker.Data.Seed;
using ActionPlanTracker.LocalDatabase;
using ActionPlanTracker.Web.Reading;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace ActionPlanTracker.Web.Hosting;

internal static class DatabaseSetup
{
    private const string EmbeddedDatabaseName = "actionplantracker";

    /// <summary>How long start-up waits for the database to answer before it gives up.</summary>
    private const int ReachTimeoutSeconds = 5;

    private static readonly AuditChainLockInterceptor AuditChainLock = new();

    /// <summary>
    /// Uses the configured connection string or, where none is set in Development, starts the private local
    /// PostgreSQL. The caller owns the returned server and stops it when the application stops.
    /// </summary>
    public static async Task<LocalPostgresServer?> AddActionPlanDatabaseAsync(this WebApplicationBuilder builder)
    {
        LocalPostgresServer? embedded = null;
        if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)))
        {
            if (!builder.Environment.IsDevelopment() && !builder.Configuration.GetValue<bool>("LocalDatabase:Enabled"))
            {
                throw new StartupException(
                    "No database is configured. Set ConnectionStrings:ActionPlan (environment variable ConnectionStrings__ActionPlan) " +
                    "to the PostgreSQL server to use. The private local database starts by itself only in Development.");
            }

            var folder = builder.Configuration["LocalDatabase:DataDirectory"];
            embedded = await LocalPostgresServer.StartAsync(string.IsNullOrWhiteSpace(folder) ? LocalPostgresServer.DefaultDataDirectory() : folder);
            await embedded.CreateDatabaseIfMissingAsync(EmbeddedDatabaseName);
            builder.Configuration[$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = embedded.ConnectionString(EmbeddedDatabaseName);
        }

        builder.Services.AddDbContext<ActionPlanDbContext>((services, options) => options
            .UseActionPlanDatabase(services.GetRequiredService<IConfiguration>().GetConnectionString(DatabaseOptions.ConnectionStringName)!, resilient: true)
            .AddInterceptors(services.GetRequiredService<AuditInterceptor>(), AuditChainLock));
        builder.Services.AddHealthChecks().AddDbContextCheck<ActionPlanDbContext>("database");

        // What pages keep in memory between requests, checked against the data version's stamp read once per request.
        builder.Services.AddSingleton(services => new ActionPlanTracker.Data.Caching.DataVersionReader(
            services.GetRequiredService<IConfiguration>().GetConnectionString(DatabaseOptions.ConnectionStringName)!));

        // Every signed-in request checks its session against the account, on a pool of its own too.
        builder.Services.AddSingleton(services => new ActionPlanTracker.Data.Identity.SessionStampReader(
            services.GetRequiredService<IConfiguration>().GetConnectionString(DatabaseOptions.ConnectionStringName)!));

        // The rate limits' and the unknown-account lockout's counts, shared by the replicas.
        builder.Services.AddSingleton(services => new ActionPlanTracker.Data.Limits.SharedLimits(
            services.GetRequiredService<IConfiguration>().GetConnectionString(DatabaseOptions.ConnectionStringName)!));
        builder.Services.AddScoped<ActionPlanTracker.Data.Caching.DataStamp>();
        builder.Services.AddReading();
        builder.Services.AddMemoryCache();
        return embedded;
    }

    /// <summary>
    /// One attempt to reach the database, bounded in time, before anything else uses it: an operator learns at once,
    /// in one line, that the server is down or unreachable, instead of waiting for the retries and reading a stack trace.
    /// </summary>
    public static async Task EnsureReachableAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var configured = new NpgsqlConnectionStringBuilder(
            services.GetRequiredService<IConfiguration>().GetConnectionString(DatabaseOptions.ConnectionStringName));
        var probe = new NpgsqlConnectionStringBuilder(configured.ConnectionString) { Timeout = Math.Min(configured.Timeout, ReachTimeoutSeconds), Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(probe.ConnectionString);
            await connection.OpenAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            throw new StartupException(
                $"The database cannot be reached at {configured.Host}:{configured.Port} (database {configured.Database}): {OneLine(exception.Message).TrimEnd('.')}. " +
                "Check ConnectionStrings:ActionPlan and that PostgreSQL is running.");
        }
    }

    /// <summary>Applies the migrations and the plan seed: the <c>migrate</c> verb, and every start in Development.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlanDbContext>();

        // Npgsql finds out whether the history table exists by reading it, which logs a failed command on an empty
        // database (npgsql/efcore.pg#3407). Creating it first, with EF's own script, spares operators a false alarm.
        await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await PlanSeeder.SeedAsync(db, cancellationToken);
        await RoleSeeder.SeedAsync(db, cancellationToken);
    }

    /// <summary>Outside Development the schema is changed only by the <c>migrate</c> verb; start-up refuses a stale one.</summary>
    public static async Task EnsureUpToDateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlanDbContext>();
        IReadOnlyList<string> pending;
        try
        {
            pending = [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
        }
        catch (Exception exception) when (exception is NpgsqlException or RetryLimitExceededException)
        {
            throw new StartupException($"The database cannot be reached: {OneLine(exception.Message).TrimEnd('.')}. Check ConnectionStrings:ActionPlan and that PostgreSQL is running.");
        }

        if (pending.Count > 0)
        {
            throw new StartupException(
                $"The database needs {pending.Count} migration(s) ({string.Join(", ", pending)}). " +
                "Run the `migrate` verb first: dotnet ActionPlanTracker.Web.dll migrate");
        }
    }

    private static string OneLine(string message) => string.Join(' ', message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
