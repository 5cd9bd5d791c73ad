using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Caching;

namespace ActionPlanTracker.Web.Reading;

/// <summary>The plan as the dashboard reads it, at one <see cref="DataVersion"/> stamp: cycles, members, pillars with their commitments, priorities.</summary>
public sealed record PlanSnapshot(
    Guid Stamp, IReadOnlyList<CycleInfo> Cycles, IReadOnlyList<MemberInfo> Members, IReadOnlyList<PillarInfo> Pillars, IReadOnlyList<PriorityInfo> Priorities);

/// <summary>
/// Keeps the last <see cref="PlanSnapshot"/> in memory and reads it again only when the data version's stamp has moved:
/// one primary-key read a request instead of four queries. Each replica keeps its own; the stamp is in the database, so
/// a change saved through any replica (or typed in SQL) is seen by all at their next request.
/// </summary>
public sealed class PlanSnapshots
{
    private PlanSnapshot? _last;

    /// <summary>The snapshot at the request's stamp; <paramref name="database"/> gives the request's context, asked for only when the snapshot must be read again.</summary>
    public async Task<PlanSnapshot> CurrentAsync(DataStamp dataStamp, Func<ActionPlanDbContext> database, CancellationToken cancellationToken)
    {
        // The stamp first: what is read after it is at least as new, so a snapshot is never older than its stamp.
        var stamp = await dataStamp.CurrentAsync(cancellationToken);
        if (Volatile.Read(ref _last) is { } last && last.Stamp == stamp)
        {
            return last;
        }

        var db = database();
        var snapshot = new PlanSnapshot(
            stamp,
            await db.CyclesAsync(cancellationToken),
            await db.MembersAsync(cancellationToken),
            await db.PlanAsync(cancellationToken),
            await db.PrioritiesAsync(cancellationToken));
        Volatile.Write(ref _last, snapshot);
        return snapshot;
    }
}
