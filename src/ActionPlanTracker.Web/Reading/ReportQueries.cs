using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Reading;

/// <summary>Report queries more than one page asks the same way.</summary>
public static class ReportQueries
{
    /// <summary>
    /// A member's reports in the cycle before <paramref name="cycle"/> (2026-H1 before 2026-H2), one commitment's
    /// when given: "the same report in the previous cycle" that the report form, the review and carrying forward
    /// compare with or start from. Untouched slots are included; <see cref="ProgressReport.HasContent"/> says which.
    /// </summary>
    public static IQueryable<ProgressReport> InPreviousCycle(this ActionPlanDbContext db, CycleCode cycle, int memberId, int? commitmentId = null)
    {
        var previous = cycle.Previous.ToString();
        var reports = db.Reports.Where(r => r.MemberId == memberId && db.Cycles.Any(c => c.Id == r.CycleId && c.Code == previous));
        return commitmentId is { } commitment ? reports.Where(r => r.CommitmentId == commitment) : reports;
    }
}
