using Npgsql;

namespace ActionPlanTracker.Data.Caching;

/// <summary>
/// Reads the <see cref="DataVersion"/> stamp with one plain command on a pool of its own: every signed-in page reads
/// it, and through EF Core the read cost a context, its options and the query pipeline, more than the page it spared
/// (bench/). Transient faults are retried as the application's execution strategy retries them: none, 1 s, then 2 s
/// each, about 13 s in all, so a page caught by a server restart still answers.
/// </summary>
public sealed class DataVersionReader(string connectionString) : IAsyncDisposable
{
    private const int MaxRetries = 8;

    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);

    public async Task<Guid> CurrentAsync(CancellationToken cancellationToken)
    {
        for (var retry = 0; ; retry++)
        {
            try
            {
                await using var command = _source.CreateCommand($"SELECT stamp FROM data_version WHERE id = {DataVersion.SingleRowId}");
                return (Guid)(await command.ExecuteScalarAsync(cancellationToken))!;
            }
            catch (NpgsqlException e) when (e.IsTransient && retry < MaxRetries)
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(retry, 2)), cancellationToken);
            }
        }
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
