using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Data;

/// <summary>
/// Finding a commitment as an address names it. A code is unique within its plan only: two plans may both have an
/// <c>I.1</c>, so a commitment is always named by its plan's key and its code.
/// </summary>
public static class PlanLookups
{
    /// <summary>The commitment coded <paramref name="code"/> (any case, spaces around it ignored) in the plan keyed <paramref name="plan"/>.</summary>
    public static IQueryable<Commitment> Named(this IQueryable<Commitment> commitments, string? plan, string? code)
    {
        var key = plan?.Trim() ?? "";
        var asked = code?.Trim().ToUpperInvariant() ?? "";
        return commitments.Where(c => c.Pillar!.Plan!.Key == key && c.Code == asked);
    }

    /// <summary>
    /// The commitments of the plans the cycle <paramref name="cycleId"/> monitors: those it gives slots for, counts and
    /// shows. Written once, in SQL, so that every query of a cycle's commitments applies the same rule.
    /// </summary>
    public static IQueryable<Commitment> MonitoredIn(this IQueryable<Commitment> commitments, ActionPlanDbContext db, int? cycleId) =>
        commitments.Where(c => db.CyclePlans.Any(p => p.CycleId == cycleId && p.PlanId == c.Pillar!.ActionPlanId));
}
