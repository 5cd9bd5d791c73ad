using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace ActionPlanTracker.Data;

public static class DatabaseOptions
{
    /// <summary>The name of the connection string, read from <c>ConnectionStrings:ActionPlan</c>.</summary>
    public const string ConnectionStringName = "ActionPlan";

    /// <summary>The one place where the application, the tools and the tests configure the DbContext.</summary>
    public static TBuilder UseActionPlanDatabase<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseNpgsql(connectionString, ConfigureNpgsql).UseSnakeCaseNamingConvention();
        return options;
    }

    private static void ConfigureNpgsql(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable("__ef_migrations_history");
}
