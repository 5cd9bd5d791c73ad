using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Members;

/// <summary>
/// One member across every cycle: completion by cycle, a trend per pillar, and its reports in the chosen cycle.
/// A focal point sees another member's approved reports only. Four SQL commands, however many cycles there are.
/// </summary>
[Authorize]
public sealed class DetailsModel(ActionPlanDbContext db) : PageModel
{
    public MemberInfo Member { get; private set; } = null!;

    public Viewer Viewer { get; private set; } = null!;

    /// <summary>The cycles with report slots, oldest first: the points of every trend.</summary>
    public IReadOnlyList<CycleInfo> Cycles { get; private set; } = [];

    public IReadOnlyList<RollupRow> ByCycle { get; private set; } = [];

    public IReadOnlyList<PillarTrend> Trends { get; private set; } = [];

    public CycleInfo? Chosen { get; private set; }

    public IReadOnlyList<(PillarInfo Pillar, IReadOnlyList<ReportRow> Rows)> Reports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, string? cycle, CancellationToken cancellationToken)
    {
        var asked = code.Trim().ToUpperInvariant();
        var member = await db.Members.AsNoTracking().Where(m => m.Code == asked)
            .Select(m => new MemberInfo(m.Id, m.Code, m.Name, m.NameFr)).SingleOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return NotFound();
        }

        var cycles = await db.CyclesAsync(cancellationToken);
        Chosen = string.IsNullOrWhiteSpace(cycle) ? cycles.LastOrDefault(c => c.State != CycleState.Planned) : cycles.Find(cycle);
        if (!string.IsNullOrWhiteSpace(cycle) && Chosen is null)
        {
            return NotFound();
        }

        Member = member;
        Viewer = Viewer.Of(User);
        var plan = await db.PlanAsync(cancellationToken);
        var reports = (await db.Reports.AsNoTracking().Where(r => r.MemberId == member.Id).Select(Viewer.Facts()).ToListAsync(cancellationToken))
            .ToDictionary(r => (r.CycleId, r.CommitmentId));

        ReportFacts Of(CycleInfo c, CommitmentInfo commitment) =>
            reports.GetValueOrDefault((c.Id, commitment.Id)) ?? ReportFacts.Missing(Viewer, c.Id, member.Id, commitment.Id);

        Cycles = [.. cycles.Where(c => c.State != CycleState.Planned)];
        // Each cycle counts the commitments of the plans it monitors; a pillar has no share in a cycle that does not monitor its plan.
        ByCycle = [.. Cycles.Select(c => new RollupRow(
            $"cycle-{c.Code}", c.Code, c.Code, LevelCounts.Of(c.PillarsOf(plan).SelectMany(p => p.Commitments).Select(x => Of(c, x)))))];
        // One line per pillar of a plan, whatever its versions: pillar I of a revised plan continues pillar I of the
        // version before, and each cycle reads the version it monitored. Named as the latest version names it.
        var first = PillarInfo.FirstVersions(plan);
        var lines = plan.Where(p => Cycles.Any(c => c.Monitors(p.PlanId))).GroupBy(p => (first[p.PlanId], p.Numeral)).Select(g => g.ToList()).ToList();
        var labels = PillarInfo.Qualified([.. lines.Select(versions => versions[^1])]);
        Trends = [.. lines.Select((versions, i) => new PillarTrend(labels[i], [.. Cycles.Select(c =>
            versions.FirstOrDefault(v => c.Monitors(v.PlanId)) is { } monitored ? LevelCounts.Of(monitored.Commitments.Select(x => Of(c, x))).ShareHigh : null)]))];
        if (Chosen is { } chosen)
        {
            Reports = [.. chosen.PillarsOf(plan).Select(p => (p, (IReadOnlyList<ReportRow>)[.. p.Commitments.Select(x =>
            {
                var report = Of(chosen, x);
                return new ReportRow(x, report, Viewer.LinkTo(report, chosen.Code, x.PlanKey, x.Code, member.Code));
            })]))];
        }

        return Page();
    }

    /// <summary>A pillar's share of high completion in each cycle of <see cref="Cycles"/>; null where nothing applies.</summary>
    public sealed record PillarTrend(PillarInfo Pillar, IReadOnlyList<double?> Shares);

    public sealed record ReportRow(CommitmentInfo Commitment, ReportFacts Report, string? Link);
}
