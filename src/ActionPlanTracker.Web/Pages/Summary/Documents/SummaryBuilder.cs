using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Reading;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Summary.Documents;

/// <summary>
/// Builds the summary of a cycle from the revision history: each report as its latest revision at "as of" left it,
/// so a published summary can be rebuilt exactly later. Eight SQL commands whatever the data size, nine once indicators are defined.
/// </summary>
public static class SummaryBuilder
{
    /// <summary>The summary, or null when the cycle code is malformed or unknown.</summary>
    public static async Task<Summary?> BuildAsync(ActionPlanDbContext db, string? cycleCode, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        if (!CycleCode.TryParse(cycleCode, out var code))
        {
            return null;
        }

        asOf = SummaryFormat.Microseconds(asOf.ToUniversalTime());
        var names = new[] { code.ToString(), code.Previous.ToString() };
        var cycles = await db.Cycles.AsNoTracking()
            .Where(c => names.Contains(c.Code))
            .Select(c => new { c.Id, c.Code, c.PeriodStart, c.PeriodEnd, c.MeetingDate })
            .ToListAsync(cancellationToken);
        if (cycles.SingleOrDefault(c => c.Code == names[0]) is not { } cycle)
        {
            return null;
        }

        var previousId = cycles.SingleOrDefault(c => c.Code == names[1])?.Id;
        // The plans the cycle monitors, and no other: their titles and pillars, with the French texts, so one model
        // serves both languages.
        var titles = await db.CyclePlans.AsNoTracking().Where(p => p.CycleId == cycle.Id)
            .OrderBy(p => p.Plan!.MeetingStart).Select(p => p.Plan!.Title).ToListAsync(cancellationToken);
        var title = string.Join("; ", titles);
        var plan = await db.Pillars.AsNoTracking()
            .Where(p => db.CyclePlans.Any(c => c.CycleId == cycle.Id && c.PlanId == p.ActionPlanId))
            .OrderBy(p => p.Plan!.MeetingStart).ThenBy(p => p.ActionPlanId).ThenBy(p => p.Number)
            .Select(p => new PillarRow(p.ActionPlanId, p.Plan!.Key, p.Plan.Title, p.Numeral, p.Title, p.TitleFr, p.Commitments.OrderBy(c => c.Number)
                .Select(c => new CommitmentRow(c.Id, c.Code, c.ShortTitle, c.ShortTitleFr,
                    c.Predecessors.AsQueryable().Where(l => l.Carries).Select(ReportQueries.AsContinuedFrom).FirstOrDefault())).ToList()))
            .AsSingleQuery()
            .ToListAsync(cancellationToken);
        // The members that reported in this cycle (had its report slots), whether or not they report now: a member
        // added later, or one that stopped reporting before the cycle, has no place in its summary.
        var members = await db.Members.AsNoTracking()
            .Where(m => db.Reports.Any(r => r.MemberId == m.Id && r.CycleId == cycle.Id))
            .OrderBy(m => m.SortOrder).ThenBy(m => m.Code)
            .Select(m => new MemberRow(m.Id, m.Code, m.Name, m.NameFr))
            .ToListAsync(cancellationToken);
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.CycleId == cycle.Id || r.CycleId == previousId)
            .Select(r => new
            {
                r.CycleId,
                r.MemberId,
                r.CommitmentId,
                Latest = r.Revisions.Where(v => v.At <= asOf).OrderByDescending(v => v.Number)
                    .Select(v => new Revision(v.State, v.Completion, v.Narrative, v.NextSteps, v.Challenges, v.Evidence, v.NotApplicableReason, v.At, v.Actor))
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        // The cycle's state is read from the trail, so "published" is what it was at "as of", not now.
        var published = await db.AuditEvents.AsNoTracking()
            .AnyAsync(e => e.Entity == "ReportingCycle" && e.EntityKey == cycle.Code && e.Action == "Published" && e.At <= asOf, cancellationToken);
        var chainHead = await db.AuditEvents.AsNoTracking()
            .Where(e => e.At <= asOf)
            .OrderByDescending(e => e.Sequence)
            .Select(e => e.Hash)
            .FirstOrDefaultAsync(cancellationToken);

        var current = reports.Where(r => r.CycleId == cycle.Id && r.Latest is not null).ToDictionary(r => (r.MemberId, r.CommitmentId), r => r.Latest!);
        var previous = reports.Where(r => r.CycleId == previousId && r.Latest is not null).ToDictionary(r => (r.MemberId, r.CommitmentId), r => r.Latest!);
        // Where the cycle monitors several plans, each pillar names its plan: two plans both have a pillar I.
        var several = plan.Select(p => p.PlanId).Distinct().Count() > 1;
        var pillars = plan.Select(p => new SummaryPillar(p.Numeral, p.Title, p.TitleFr, [.. p.Commitments.Select(c => new SummaryCommitment(c.Code, c.ShortTitle, c.ShortTitleFr,
            [.. members.Select(m => Entry(p, c, m, current.GetValueOrDefault((m.Id, c.Id)), previous.PreviousFor(m.Id, c.Id, c.Continues?.Id)))], c.Continues))],
            several ? p.PlanTitle : null, several ? p.PlanKey : null)).ToList();
        var summaryMembers = members.Select(m => new SummaryMember(m.Code, m.Name, m.NameFr)).ToList();
        var indicators = await SummaryIndicators.LoadAsync(db, cycle.Id, cycle.PeriodStart, asOf, cancellationToken);
        var presidency = await db.Presidencies.AsNoTracking()
            .Where(p => p.Year == cycle.PeriodStart.Year)
            .Select(p => new SummaryMember(p.Member!.Code, p.Member.Name, p.Member.NameFr))
            .FirstOrDefaultAsync(cancellationToken);
        var previousCode = previousId is null ? null : names[1];
        var fingerprint = Fingerprint(new { title, cycle.Code, previousCode, cycle.PeriodStart, cycle.PeriodEnd, cycle.MeetingDate, presidency, published, summaryMembers, pillars, indicators });
        return new Summary(title, cycle.Code, previousCode, cycle.PeriodStart, cycle.PeriodEnd, cycle.MeetingDate, presidency, published, asOf,
            summaryMembers, pillars, indicators, chainHead, fingerprint);
    }

    private static SummaryEntry Entry(PillarRow pillar, CommitmentRow commitment, MemberRow member, Revision? now, Revision? before) =>
        now is null
            ? new(member.Code, member.Name, member.NameFr, pillar.Numeral, commitment.Code, commitment.ShortTitle, commitment.ShortTitleFr, true,
                null, null, before?.Completion, null, "", "", "", [], null, null, null)
            : new(member.Code, member.Name, member.NameFr, pillar.Numeral, commitment.Code, commitment.ShortTitle, commitment.ShortTitleFr, false,
                now.State, now.Completion,
                before?.Completion, Changes.Between(before?.Completion, now.Completion), now.Narrative, now.NextSteps, now.Challenges,
                now.Evidence, now.NotApplicableReason, now.At, now.Actor);

    /// <summary>
    /// SHA-256 over the model's data (the plan's texts in both languages, none of the summary's own words) serialised
    /// with a fixed property order and no indentation: the same data give the same fingerprint, whatever the moment,
    /// the language or the format it is printed in ("as of" and the chain head are left out).
    /// </summary>
    private static string Fingerprint(object data) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(data))));

    private sealed record PillarRow(int PlanId, string PlanKey, string PlanTitle, string Numeral, string Title, string? TitleFr, List<CommitmentRow> Commitments);

    private sealed record CommitmentRow(int Id, string Code, string ShortTitle, string? ShortTitleFr, ContinuedFrom? Continues);

    private sealed record MemberRow(int Id, string Code, string Name, string? NameFr);

    private sealed record Revision(
        ReviewState State, Completion? Completion, string Narrative, string NextSteps, string Challenges, IReadOnlyList<string> Evidence,
        string? NotApplicableReason, DateTimeOffset At, string Actor);
}
