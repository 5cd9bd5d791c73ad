namespace ActionPlanTracker.Data.Caching;

/// <summary>Reads the <see cref="DataVersion"/> stamp, which every signed-in page reads.</summary>
public sealed class DataVersionReader(string connectionString) : PlainReader(connectionString)
{
    public Task<Guid> CurrentAsync(CancellationToken cancellationToken) => WithRetriesAsync(async () =>
    {
        await using var command = Source.CreateCommand($"SELECT stamp FROM data_version WHERE id = {DataVersion.SingleRowId}");
        return (Guid)(await command.ExecuteScalarAsync(cancellationToken))!;
    }, cancellationToken);
}
