using System.Linq.Expressions;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Reading;

/// <summary>Report queries more than one page asks the same way.</summary>
public static class ReportQueries
{
    /// <summary>
    /// A member's reports in the cycle before <paramref name="cycle"/> (2026-H1 before 2026-H2), one commitment's
    /// when given: "the same report in the previous cycle" that the report form, the review and carrying forward
    /// compare with or start from. Untouched slots are included; <see cref="ProgressReport.HasContent"/> says which.
    /// </summary>
    /// <remarks>
    /// For one commitment, the report on the commitment itself or, where the previous cycle monitored the version this
    /// one revises, on the commitment it carries from (<c>PreviousFor</c>): the one on the commitment itself first.
    /// </remarks>
    public static IQueryable<ProgressReport> InPreviousCycle(this ActionPlanDbContext db, CycleCode cycle, int memberId, int? commitmentId = null)
    {
        var previous = cycle.Previous.ToString();
        var reports = db.Reports.Where(r => r.MemberId == memberId && db.Cycles.Any(c => c.Id == r.CycleId && c.Code == previous));
        return commitmentId is { } commitment
            ? reports
                .Where(r => r.CommitmentId == commitment
                    || db.CommitmentLineages.Any(l => l.SuccessorId == commitment && l.Carries && l.PredecessorId == r.CommitmentId))
                .OrderBy(r => r.CommitmentId == commitment ? 0 : 1)
            : reports;
    }

    /// <summary>
    /// What a member had in the previous cycle for a commitment, from what that cycle holds by (member, commitment): on the
    /// commitment itself or, where the previous cycle monitored the version this one revises, on the commitment it
    /// carries from (<see cref="LineageKind"/>: continued, reworded, split, or the merged one chosen). One step of
    /// lineage, as cycles follow one another: the rule every page's previous-cycle comparison follows.
    /// </summary>
    public static T? PreviousFor<T>(this IReadOnlyDictionary<(int Member, int Commitment), T> previous, int memberId, int commitmentId, int? carriedFrom)
        where T : class =>
        previous.GetValueOrDefault((memberId, commitmentId)) ?? (carriedFrom is { } from ? previous.GetValueOrDefault((memberId, from)) : null);

    /// <inheritdoc cref="PreviousFor{T}(IReadOnlyDictionary{ValueTuple{int, int}, T}, int, int, int?)"/>
    public static T? PreviousFor<T>(this IReadOnlyDictionary<(int Member, int Commitment), T> previous, int memberId, CommitmentInfo commitment)
        where T : class =>
        previous.PreviousFor(memberId, commitment.Id, commitment.CarriedFrom);

    /// <summary>
    /// A lineage step read as what its successor continues: the earlier commitment, its plan's title and whether the words
    /// changed between them. The one projection every page that says "continues I.2" or "reworded from I.2" reads, in
    /// SQL (in a subquery over <c>Predecessors</c>, through <c>AsQueryable()</c>).
    /// </summary>
    public static readonly Expression<Func<CommitmentLineage, ContinuedFrom>> AsContinuedFrom = l =>
        new ContinuedFrom(l.PredecessorId, l.Predecessor!.Code, l.Predecessor.Pillar!.Plan!.Title,
            l.Predecessor.Text != l.Successor!.Text || l.Predecessor.ShortTitle != l.Successor.ShortTitle);

    /// <summary>
    /// The commitment of the version before that <paramref name="commitmentId"/> carries from (<see cref="AsContinuedFrom"/>):
    /// what a page says when it compares a report with one on that commitment.
    /// </summary>
    public static Task<ContinuedFrom?> ContinuedFromAsync(this ActionPlanDbContext db, int commitmentId, CancellationToken cancellationToken) =>
        db.CommitmentLineages.AsNoTracking()
            .Where(l => l.SuccessorId == commitmentId && l.Carries)
            .Select(AsContinuedFrom)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>For each commitment that carries from one of the version before, that one: the map a whole cycle's comparison reads.</summary>
    public static async Task<Dictionary<int, int>> CarriedFromAsync(this ActionPlanDbContext db, CancellationToken cancellationToken) =>
        (await db.CommitmentLineages.AsNoTracking().Where(l => l.Carries).Select(l => new { l.SuccessorId, l.PredecessorId }).ToListAsync(cancellationToken))
            .GroupBy(l => l.SuccessorId).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().PredecessorId);
}

/// <summary>The commitment of the version before that a commitment carries from, and whether its words changed.</summary>
public sealed record ContinuedFrom(int Id, string Code, string PlanTitle, bool TextChanged);
