using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Data;

/// <summary>
/// Finding a commitment as an address names it. A code is unique within its plan only: two plans may both have an
/// <c>I.1</c>, so a commitment is always named by its plan's key and its code.
/// </summary>
public static class PlanLookups
{
    /// <summary>
    /// The commitment coded <paramref name="code"/> (any case, spaces around it ignored) in the adopted plan keyed
    /// <paramref name="plan"/>.
    /// </summary>
    public static IQueryable<Commitment> Named(this IQueryable<Commitment> commitments, string? plan, string? code)
    {
        var key = plan?.Trim() ?? "";
        var asked = code?.Trim().ToUpperInvariant() ?? "";
        return commitments.Where(c => c.Pillar!.Plan!.Key == key && c.Pillar.Plan.State == PlanState.Adopted && c.Code == asked);
    }

    /// <summary>
    /// The plans as adopted: what readers, the API and a new cycle see. A draft is the administrators' work in progress
    /// until it is adopted, and is shown on the administration pages only.
    /// </summary>
    public static IQueryable<ActionPlan> Adopted(this IQueryable<ActionPlan> plans) => plans.Where(p => p.State == PlanState.Adopted);

    /// <summary>
    /// For each plan key, the key of its latest adopted version: a cycle that monitored a plan goes on to monitor the
    /// version that revised it. Versions are few, so the chain is followed in memory.
    /// </summary>
    public static async Task<List<string>> LatestVersionsAsync(this ActionPlanDbContext db, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var versions = await db.ActionPlans.AsNoTracking().Adopted()
            .Select(p => new { p.Id, p.Key, p.PreviousVersionId }).ToListAsync(cancellationToken);
        var successor = versions.Where(v => v.PreviousVersionId is not null).ToDictionary(v => v.PreviousVersionId!.Value);
        var latest = new List<string>();
        foreach (var key in keys)
        {
            if (versions.FirstOrDefault(v => v.Key == key) is not { } version)
            {
                continue;
            }

            while (successor.TryGetValue(version.Id, out var next))
            {
                version = next;
            }

            latest.Add(version.Key);
        }

        return [.. latest.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The commitments of the plans the cycle <paramref name="cycleId"/> monitors: those it gives slots for, counts and
    /// shows. Written once, in SQL, so that every query of a cycle's commitments applies the same rule.
    /// </summary>
    public static IQueryable<Commitment> MonitoredIn(this IQueryable<Commitment> commitments, ActionPlanDbContext db, int? cycleId) =>
        commitments.Where(c => db.CyclePlans.Any(p => p.CycleId == cycleId && p.PlanId == c.Pillar!.ActionPlanId));
}
