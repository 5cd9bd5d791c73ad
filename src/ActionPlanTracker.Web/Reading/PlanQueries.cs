using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Reading;

/// <summary>
/// A cycle, with the member that held the G7 presidency in the year it starts (null where none is recorded), the
/// members that have report slots in it and the plans it monitors.
/// </summary>
public sealed record CycleInfo(
    int Id, string Code, CycleState State, DateOnly SubmissionDeadline, DateOnly MeetingDate, string? Presidency = null, string? PresidencyFr = null,
    IReadOnlyList<int>? MemberIds = null, IReadOnlyList<int>? PlanIds = null)
{
    public bool Monitors(int planId) => PlanIds?.Contains(planId) == true;

    /// <summary>The pillars of the plans the cycle monitors: the rows of its pages. Another plan's commitments owe nothing in it.</summary>
    public IReadOnlyList<PillarInfo> PillarsOf(IReadOnlyList<PillarInfo> pillars) => PillarInfo.Qualified([.. pillars.Where(p => Monitors(p.PlanId))]);

    /// <summary>The priorities of the plans the cycle monitors.</summary>
    public IReadOnlyList<PriorityInfo> PrioritiesOf(IReadOnlyList<PriorityInfo> priorities) => [.. priorities.Where(p => Monitors(p.PlanId))];

    /// <summary>
    /// The members a page of this cycle shows: those with report slots in it, or, before it opens (no slots yet), those
    /// that file reports and will get them. A member added after the cycle opened, or one that stopped reporting before,
    /// is not counted as owing anything.
    /// </summary>
    public IReadOnlyList<MemberInfo> MembersOf(IReadOnlyList<MemberInfo> members) => MembersWithSlots(MemberIds ?? [], members);

    /// <summary><see cref="MembersOf"/> for a cycle whose members with slots are <paramref name="withSlots"/>.</summary>
    public static IReadOnlyList<MemberInfo> MembersWithSlots(IReadOnlyCollection<int> withSlots, IReadOnlyList<MemberInfo> members) =>
        withSlots.Count > 0 ? [.. members.Where(m => withSlots.Contains(m.Id))] : [.. members.Where(m => m.FilesReports)];

    public string PreviousCode => CycleCode.Parse(Code).Previous.ToString();

    /// <summary>The presidency's holder in the reader's language.</summary>
    public string? ShownPresidency => Presidency is null ? null : PlanText.Choose(Presidency, PresidencyFr);
}

/// <summary>A member; <see cref="Shown"/> is its name in the reader's language.</summary>
public sealed record MemberInfo(int Id, string Code, string Name, string? NameFr = null, bool IsActive = true, bool Reports = true)
{
    public string Shown => PlanText.Choose(Name, NameFr);

    /// <inheritdoc cref="Member.FilesReports"/>
    public bool FilesReports => Member.Files(IsActive, Reports);
}

/// <summary>
/// A commitment of the plan <see cref="PlanKey"/>; <see cref="ShownTitle"/> is its short title in the reader's language
/// where a translation exists.
/// </summary>
public sealed record CommitmentInfo(
    int Id, string PlanKey, string Code, string ShortTitle, IReadOnlyList<int> Priorities, string? ShortTitleFr = null, int? CarriedFrom = null)
{
    public string ShownTitle => PlanText.Choose(ShortTitle, ShortTitleFr);

    // CarriedFrom: the commitment of the version before whose member data this one carries (ReportQueries.PreviousFor).

    /// <summary>Set where a page shows the commitments of more than one plan: then its <see cref="Anchor"/> names the plan too.</summary>
    public string? Qualifier { get; init; }

    /// <summary>The commitment in the page's element ids: its code, and its plan's key where two plans share the page.</summary>
    public string Anchor => Qualifier is null ? Code : $"{Qualifier}-{Code}";

    /// <summary>The commitment's page (<see cref="Links.Commitment"/>).</summary>
    public string Link(string? cycle = null, string? member = null) => Links.Commitment(PlanKey, Code, cycle, member);
}

/// <summary>A pillar of the plan <see cref="PlanId"/>; <see cref="ShownTitle"/> is its title in the reader's language where a translation exists.</summary>
public sealed record PillarInfo(
    int PlanId, string PlanKey, string PlanTitle, int Number, string Numeral, string Title, IReadOnlyList<CommitmentInfo> Commitments, string? TitleFr = null)
{
    public string ShownTitle => PlanText.Choose(Title, TitleFr);

    /// <summary>Set where a page shows the pillars of more than one plan (<see cref="Qualified"/>).</summary>
    public string? Qualifier { get; init; }

    /// <summary>The pillar in the page's element ids: its numeral, and its plan's key where two plans share the page.</summary>
    public string Anchor => Qualifier is null ? Numeral : $"{Qualifier}-{Numeral}";

    /// <summary>
    /// The pillars as a page shows them: where they come from more than one plan, each pillar and commitment is
    /// qualified by its plan's key (two plans' pillar I and commitment I.1 get ids of their own); one plan's are left as they are.
    /// </summary>
    /// <summary>
    /// The versions of one plan, each keyed to the first: a version whose commitments carry on another's is the same plan
    /// revised. A trend across cycles reads each version in the cycles that monitored it.
    /// </summary>
    public static IReadOnlyDictionary<int, int> FirstVersions(IReadOnlyList<PillarInfo> pillars)
    {
        var planOf = pillars.SelectMany(p => p.Commitments.Select(c => (c.Id, p.PlanId))).ToDictionary(x => x.Id, x => x.PlanId);
        var first = pillars.Select(p => p.PlanId).Distinct().ToDictionary(id => id, id => id);
        int Root(int plan) => first[plan] == plan ? plan : Root(first[plan]);
        foreach (var commitment in pillars.SelectMany(p => p.Commitments))
        {
            if (commitment.CarriedFrom is { } from && planOf.TryGetValue(from, out var earlier) && Root(earlier) != Root(planOf[commitment.Id]))
            {
                first[Root(planOf[commitment.Id])] = Root(earlier);
            }
        }

        return first.Keys.ToDictionary(id => id, Root);
    }

    public static IReadOnlyList<PillarInfo> Qualified(IReadOnlyList<PillarInfo> pillars) =>
        pillars.Select(p => p.PlanId).Distinct().Count() <= 1
            ? pillars
            : [.. pillars.Select(p => p with
            {
                Qualifier = p.PlanKey,
                Commitments = [.. p.Commitments.Select(c => c with { Qualifier = p.PlanKey })],
            })];
}

/// <summary>A priority of the plan <see cref="PlanId"/>; <see cref="ShownTitle"/> is its title in the reader's language where a translation exists.</summary>
public sealed record PriorityInfo(int PlanId, int Number, string Title, string? TitleFr = null)
{
    public string ShownTitle => PlanText.Choose(Title, TitleFr);
}

/// <summary>
/// The reads the pages of the plan share (dashboard, commitment, member, indicators). Each is one SQL command
/// whatever the data size; pages combine them in memory, so the number of commands a page runs stays fixed as
/// cycles accumulate.
/// </summary>
internal static class PlanQueries
{
    /// <summary>Every cycle, oldest first: a few dozen rows after decades, and it lets a page find any cycle and its predecessor without another query.</summary>
    public static Task<List<CycleInfo>> CyclesAsync(this ActionPlanDbContext db, CancellationToken cancellationToken) =>
        db.Cycles.AsNoTracking()
            .OrderBy(c => c.Code)
            .Select(c => new CycleInfo(
                c.Id, c.Code, c.State, c.SubmissionDeadline, c.MeetingDate,
                db.Presidencies.Where(p => p.Year == c.PeriodStart.Year).Select(p => p.Member!.Name).FirstOrDefault(),
                db.Presidencies.Where(p => p.Year == c.PeriodStart.Year).Select(p => p.Member!.NameFr).FirstOrDefault(),
                db.Reports.Where(r => r.CycleId == c.Id).Select(r => r.MemberId).Distinct().ToList(),
                c.Plans.Select(p => p.PlanId).ToList()))
            .AsSingleQuery()
            .ToListAsync(cancellationToken);

    public static Task<List<MemberInfo>> MembersAsync(this ActionPlanDbContext db, CancellationToken cancellationToken) =>
        db.Members.AsNoTracking()
            .OrderBy(m => m.SortOrder).ThenBy(m => m.Code)
            .Select(m => new MemberInfo(m.Id, m.Code, m.Name, m.NameFr, m.IsActive, m.Reports))
            .ToListAsync(cancellationToken);

    public static Task<List<PriorityInfo>> PrioritiesAsync(this ActionPlanDbContext db, CancellationToken cancellationToken) =>
        db.Priorities.AsNoTracking()
            .OrderBy(p => p.ActionPlanId).ThenBy(p => p.Number)
            .Select(p => new PriorityInfo(p.ActionPlanId, p.Number, p.Title, p.TitleFr))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The pillars of every plan, oldest plan first, with their commitments and each commitment's priority numbers, in
    /// one command. A page of a cycle keeps those of the plans it monitors (<see cref="CycleInfo.PillarsOf"/>).
    /// </summary>
    public static Task<List<PillarInfo>> PlanAsync(this ActionPlanDbContext db, CancellationToken cancellationToken) =>
        db.Pillars.AsNoTracking()
            .OrderBy(p => p.Plan!.MeetingStart).ThenBy(p => p.ActionPlanId).ThenBy(p => p.Number)
            .Select(p => new PillarInfo(p.ActionPlanId, p.Plan!.Key, p.Plan.Title, p.Number, p.Numeral, p.Title, p.Commitments
                .OrderBy(c => c.Number)
                .Select(c => new CommitmentInfo(c.Id, p.Plan.Key, c.Code, c.ShortTitle, c.Priorities.Select(x => x.Number).ToList(), c.ShortTitleFr,
                    c.Predecessors.Where(l => l.Carries).Select(l => (int?)l.PredecessorId).FirstOrDefault()))
                .ToList(), p.TitleFr))
            .AsSingleQuery()
            .ToListAsync(cancellationToken);

    /// <summary>The cycle a code names, or null when the code is malformed or unknown.</summary>
    public static CycleInfo? Find(this IEnumerable<CycleInfo> cycles, string? code) =>
        CycleCode.TryParse(code, out var parsed) ? cycles.SingleOrDefault(c => c.Code == parsed.ToString()) : null;
}
