namespace ActionPlanTracker.Data.Caching;

/// <summary>
/// The <see cref="DataVersion"/> stamp as one request sees it: read once, at its first use, however many parts of the
/// page (the navigation's count, the dashboard's plan) compare against it. Registered per request.
/// </summary>
public sealed class DataStamp(DataVersionReader reader)
{
    private Task<Guid>? _read;

    public Task<Guid> CurrentAsync(CancellationToken cancellationToken) => _read ??= reader.CurrentAsync(cancellationToken);
}
