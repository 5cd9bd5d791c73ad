using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace ActionPlanTracker.Data;

public static class DatabaseOptions
{
    /// <summary>The name of the connection string, read from <c>ConnectionStrings:ActionPlan</c>.</summary>
    public const string ConnectionStringName = "ActionPlan";

    /// <summary>The one place where the application, the tools and the tests configure the DbContext.</summary>
    /// <remarks>
    /// <c>resilient</c> retries a command or a save that failed on a transient fault (a restarted server, a dropped connection). The
    /// application runs with it; then every explicit transaction must run inside <see cref="ResilientTransactions"/>.
    /// </remarks>
    public static TBuilder UseActionPlanDatabase<TBuilder>(this TBuilder options, string connectionString, bool resilient = false)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseNpgsql(connectionString, npgsql =>
        {
            ConfigureNpgsql(npgsql);
            if (resilient)
            {
                // Short waits (none, 1 s, then 2 s each; about 13 s in all), so a request caught by a server restart still succeeds.
                npgsql.EnableRetryOnFailure(maxRetryCount: 8, maxRetryDelay: TimeSpan.FromSeconds(2), errorCodesToAdd: null);
            }
        }).UseSnakeCaseNamingConvention();
        return options;
    }

    private static void ConfigureNpgsql(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable("__ef_migrations_history");
}
