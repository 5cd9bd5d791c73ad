using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Data;

public static class CycleOperations
{
    /// <summary>
    /// Opens the cycle and gives every member that files reports (<see cref="Member.FilesReports"/>: active and reporting) a
    /// report slot for every commitment of the plans the cycle monitors (<see cref="ReportingCycle.Plans"/>) that has none yet.
    /// The caller saves, so the opening and its slots land in one transaction with their audit event.
    /// </summary>
    public static async Task<int> OpenWithSlotsAsync(this ActionPlanDbContext db, ReportingCycle cycle, CancellationToken cancellationToken = default)
    {
        cycle.Open();
        var members = await db.Members.Where(Member.FilingReports).Select(m => m.Id).ToListAsync(cancellationToken);
        var commitments = await db.Commitments.MonitoredIn(db, cycle.Id)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var existing = (await db.Reports.Where(r => r.CycleId == cycle.Id).Select(r => new { r.MemberId, r.CommitmentId }).ToListAsync(cancellationToken))
            .Select(r => (r.MemberId, r.CommitmentId))
            .ToHashSet();

        var added = 0;
        foreach (var member in members)
        {
            foreach (var commitment in commitments.Where(c => !existing.Contains((member, c))))
            {
                db.Reports.Add(new ProgressReport(cycle.Id, member, commitment));
                added++;
            }
        }

        return added;
    }

    /// <summary>The cycle a focal point works in now: the most recent one that accepts reports.</summary>
    public static Task<ReportingCycle?> CurrentCycleAsync(this ActionPlanDbContext db, CancellationToken cancellationToken = default) =>
        db.Cycles.AsNoTracking()
            .Where(c => c.State == CycleState.Open || c.State == CycleState.UnderReview)
            .OrderByDescending(c => c.Code)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The cycle <paramref name="code"/> names (read, not tracked), or the current one when none is named; null when the
    /// code is not a cycle's (or names none that exists) or, unnamed, when no cycle accepts reports.
    /// </summary>
    public static async Task<ReportingCycle?> NamedOrCurrentCycleAsync(this ActionPlanDbContext db, string? code, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return await db.CurrentCycleAsync(cancellationToken);
        }

        return CycleCode.TryParse(code, out var parsed)
            ? await db.Cycles.AsNoTracking().SingleOrDefaultAsync(c => c.Code == parsed.ToString(), cancellationToken)
            : null;
    }
}
