using System.Collections.Concurrent;
using System.Data.Common;
using ActionPlanTracker.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ActionPlanTracker.Web.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands the application sends, to hold pages to a fixed number of queries. Attached to a copy of
/// the application through <see cref="Attach"/>, beside the application's own interceptors; production code is unchanged.
/// </summary>
public sealed class QueryCounter : DbCommandInterceptor
{
    /// <summary>
    /// What the layout adds to a signed-in user's page, at most: the count of unread notifications, when the data
    /// version's stamp has moved since the user's last page (the stamp itself is read on a pool of its own, not through EF Core).
    /// </summary>
    public const int Navigation = 1;

    private readonly ConcurrentQueue<string> _commands = new();

    public int Count => _commands.Count;

    /// <summary>The SQL of every command counted since the last reset, to say which query is one too many.</summary>
    public IReadOnlyList<string> Commands => [.. _commands];

    /// <summary>The commands counted since the last reset that are not the navigation's unread count.</summary>
    public int WithoutNavigation => _commands.Count(c => !c.Contains("FROM notifications", StringComparison.Ordinal));

    public void Reset() => _commands.Clear();

    /// <summary>A copy of the application, on the same database, whose every DbContext reports to this counter.</summary>
    public WebApplicationFactory<Program> Attach(AppFactory factory) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.ConfigureDbContext<ActionPlanDbContext>(options => options.AddInterceptors(this))));

    /// <summary>GETs a page and returns its status with the number of commands the request ran.</summary>
    public async Task<(System.Net.HttpStatusCode Status, int Commands)> MeasureAsync(HttpClient client, string url)
    {
        Reset();
        using var response = await client.GetAsync(url);
        return (response.StatusCode, Count);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        _commands.Enqueue(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        _commands.Enqueue(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        _commands.Enqueue(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }
}
