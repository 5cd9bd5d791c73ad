using ActionPlanTracker.Data.Caching;

namespace ActionPlanTracker.Data.Limits;

/// <summary>
/// The counts behind the rate limits and the unknown-account lockout, kept in PostgreSQL so that every replica behind
/// one proxy counts against the same numbers: two replicas give an attacker no more attempts than one. Each count is
/// one atomic statement on a pool of its own. Rows a day old are deleted as new windows open.
/// </summary>
public sealed class SharedLimits(string connectionString) : PlainReader(connectionString)
{
    /// <summary>Keys are a kind and a value ("sign-in:203.0.113.9"); longer values are cut, which only merges their counts.</summary>
    public const int MaxKeyLength = 300;

    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    /// <summary>
    /// Counts one more for <paramref name="key"/> in its current window, which opens at the key's first count and lasts
    /// <paramref name="window"/> (as the framework's fixed-window limiter does); the count so far, and when the window ends.
    /// </summary>
    public Task<(int Count, DateTimeOffset WindowEnd)> CountAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken) =>
        WithRetriesAsync(async () =>
        {
            await using var command = Source.CreateCommand("""
                INSERT INTO limit_counters AS c (key, window_start, count) VALUES ($1, $2, 1)
                ON CONFLICT (key) DO UPDATE SET
                    window_start = CASE WHEN c.window_start + $3 <= $2 THEN $2 ELSE c.window_start END,
                    count = CASE WHEN c.window_start + $3 <= $2 THEN 1 ELSE c.count + 1 END
                RETURNING count, window_start
                """);
            command.Parameters.AddWithValue(Bounded(key));
            command.Parameters.AddWithValue(now);
            command.Parameters.AddWithValue(window);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var (count, start) = (reader.GetInt32(0), reader.GetFieldValue<DateTimeOffset>(1));
            await reader.CloseAsync();
            if (count == 1)
            {
                await ForgetOldAsync("DELETE FROM limit_counters WHERE window_start < $1", now, cancellationToken);
            }

            return (count, start + window);
        }, cancellationToken);

    /// <summary>Whether <paramref name="name"/> (no account has it) is locked now.</summary>
    public Task<bool> IsUnknownAccountLockedAsync(string name, DateTimeOffset now, CancellationToken cancellationToken) => WithRetriesAsync(async () =>
    {
        await using var command = Source.CreateCommand("SELECT locked_until > $2 FROM unknown_account_failures WHERE name = $1");
        command.Parameters.AddWithValue(Bounded(name));
        command.Parameters.AddWithValue(now);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }, cancellationToken);

    /// <summary>
    /// Counts one failed sign-in at <paramref name="name"/>, as Identity counts one at an account: at the
    /// <paramref name="maxFailures"/>th the name is locked for <paramref name="lockout"/> and the count starts again.
    /// True when the name is locked after this failure.
    /// </summary>
    public Task<bool> RecordUnknownAccountFailureAsync(string name, int maxFailures, TimeSpan lockout, DateTimeOffset now, CancellationToken cancellationToken) =>
        WithRetriesAsync(async () =>
        {
            await using var command = Source.CreateCommand("""
                INSERT INTO unknown_account_failures AS f (name, failures, locked_until, changed_at)
                VALUES ($1, CASE WHEN 1 >= $2 THEN 0 ELSE 1 END, CASE WHEN 1 >= $2 THEN $3 + $4 END, $3)
                ON CONFLICT (name) DO UPDATE SET
                    failures = CASE WHEN f.failures + 1 >= $2 THEN 0 ELSE f.failures + 1 END,
                    locked_until = CASE WHEN f.failures + 1 >= $2 THEN $3 + $4 ELSE f.locked_until END,
                    changed_at = $3
                RETURNING coalesce(locked_until > $3, false), xmax = 0
                """);
            command.Parameters.AddWithValue(Bounded(name));
            command.Parameters.AddWithValue(maxFailures);
            command.Parameters.AddWithValue(now);
            command.Parameters.AddWithValue(lockout);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var (locked, inserted) = (reader.GetBoolean(0), reader.GetBoolean(1));
            await reader.CloseAsync();
            if (inserted)
            {
                await ForgetOldAsync("DELETE FROM unknown_account_failures WHERE changed_at < $1 AND (locked_until IS NULL OR locked_until < $1)", now, cancellationToken);
            }

            return locked;
        }, cancellationToken);

    private static string Bounded(string key) => key.Length <= MaxKeyLength ? key : key[..MaxKeyLength];

    private async Task ForgetOldAsync(string sql, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = Source.CreateCommand(sql);
        command.Parameters.AddWithValue(now - KeptFor);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
