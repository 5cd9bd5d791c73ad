using Npgsql;

namespace ActionPlanTracker.Data.Caching;

/// <summary>
/// A read every request makes, as one plain command on a pool of its own: through EF Core it would cost a context,
/// its options and the query pipeline, more than the read itself (bench/). Transient faults are retried as the
/// application's execution strategy retries them: none, 1 s, then 2 s each, about 13 s in all, so a request caught
/// by a server restart still answers.
/// </summary>
public abstract class PlainReader(string connectionString) : IAsyncDisposable
{
    private const int MaxRetries = 8;

    protected NpgsqlDataSource Source { get; } = NpgsqlDataSource.Create(connectionString);

    public async ValueTask DisposeAsync()
    {
        await Source.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected static async Task<T> WithRetriesAsync<T>(Func<Task<T>> read, CancellationToken cancellationToken)
    {
        for (var retry = 0; ; retry++)
        {
            try
            {
                return await read();
            }
            catch (NpgsqlException e) when (e.IsTransient && retry < MaxRetries)
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(retry, 2)), cancellationToken);
            }
        }
    }
}
