using System.Linq.Expressions;
using System.Security.Claims;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Cycles;

/// <summary>How far a set of reports has come. "No content" is an untouched slot; "Draft" has been saved at least once.</summary>
public sealed record ReportCounts(int Approved, int Submitted, int Returned, int Draft, int NoContent)
{
    public static ReportCounts None { get; } = new(0, 0, 0, 0, 0);

    public int Total => Approved + Submitted + Returned + Draft + NoContent;

    public int NotApproved => Total - Approved;

    public static ReportCounts Sum(IEnumerable<ReportCounts> counts) => counts.Aggregate(None, (a, b) => new(
        a.Approved + b.Approved, a.Submitted + b.Submitted, a.Returned + b.Returned, a.Draft + b.Draft, a.NoContent + b.NoContent));
}

internal static class ReportCountQueries
{
    /// <summary>The reports a reader may count: every member's for those who read all, otherwise only the focal point's own member's.</summary>
    public static IQueryable<ProgressReport> VisibleTo(this IQueryable<ProgressReport> reports, ClaimsPrincipal user)
    {
        if (user.CanReadAll())
        {
            return reports;
        }

        var memberId = user.MemberId();
        return memberId is null ? reports.Where(r => false) : reports.Where(r => r.MemberId == memberId);
    }

    /// <summary>Counts the reports by review state in one grouped query, per value of <paramref name="key"/>.</summary>
    public static async Task<Dictionary<int, ReportCounts>> CountByAsync(
        this IQueryable<ProgressReport> reports, Expression<Func<ProgressReport, int>> key, CancellationToken cancellationToken)
    {
        var rows = await reports
            .GroupBy(key)
            .Select(g => new
            {
                g.Key,
                Approved = g.Count(r => r.State == ReviewState.Approved),
                Submitted = g.Count(r => r.State == ReviewState.Submitted),
                Returned = g.Count(r => r.State == ReviewState.Returned),
                Draft = g.Count(r => r.State == ReviewState.Draft && r.LastChangedAt != null),
                NoContent = g.Count(r => r.LastChangedAt == null),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Key, r => new ReportCounts(r.Approved, r.Submitted, r.Returned, r.Draft, r.NoContent));
    }
}
