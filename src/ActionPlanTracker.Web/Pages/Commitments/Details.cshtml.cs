using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Commitments;

/// <summary>
/// One commitment: its full text, every member's status and narrative in the chosen cycle, and its history across
/// cycles (ten members a page, <see cref="MemberPages"/>), and its indicators. A focal point reads the other members' approved reports only. Seven SQL commands, however many cycles or members.
/// </summary>
[Authorize]
public sealed class DetailsModel(ActionPlanDbContext db) : PageModel
{
    public CommitmentView Commitment { get; private set; } = null!;

    public Viewer Viewer { get; private set; } = null!;

    public IReadOnlyList<MemberInfo> Members { get; private set; } = [];

    /// <summary>The members whose rows this page shows, ten at a time; the roll-up by cycle counts them all.</summary>
    public MemberPages MemberPage { get; private set; } = null!;

    /// <summary>The cycles with report slots, oldest first.</summary>
    public IReadOnlyList<CycleInfo> Cycles { get; private set; } = [];

    public CycleInfo? Chosen { get; private set; }

    public IReadOnlyList<MemberReport> InCycle { get; private set; } = [];

    public IReadOnlyList<RollupRow> ByCycle { get; private set; } = [];

    /// <summary>The commitment's indicators across members and cycles.</summary>
    public IReadOnlyList<IndicatorSeries> Indicators { get; private set; } = [];

    /// <summary>Each member's report in each of <see cref="Cycles"/>.</summary>
    public IReadOnlyList<(MemberInfo Member, IReadOnlyList<ReportFacts> Reports)> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(
        string plan, string code, string? cycle, [FromQuery] string? page, string? member, CancellationToken cancellationToken)
    {
        var commitment = await db.Commitments.AsNoTracking().Named(plan, code)
            .Select(c => new CommitmentView(c.Id, c.Pillar!.ActionPlanId, c.Pillar.Plan!.Key, c.Pillar.Plan.Title, c.Code, c.ShortTitle, c.Text,
                c.Pillar.Numeral, c.Pillar.Title,
                c.Priorities.OrderBy(p => p.Number).Select(p => new PriorityInfo(p.ActionPlanId, p.Number, p.Title, p.TitleFr)).ToList(),
                c.ShortTitleFr, c.TextFr, c.Pillar.TitleFr,
                // What it continues, two versions back: its history reads the reports on those.
                c.Predecessors.Where(l => l.Carries).Select(l => new Earlier(
                    l.PredecessorId, l.Predecessor!.Pillar!.ActionPlanId, l.Predecessor.Pillar.Plan!.Key, l.Predecessor.Pillar.Plan.Title, l.Predecessor.Code,
                    l.Predecessor.Text != c.Text || l.Predecessor.ShortTitle != c.ShortTitle,
                    l.Predecessor.Predecessors.Where(x => x.Carries).Select(x => new Earlier(
                        x.PredecessorId, x.Predecessor!.Pillar!.ActionPlanId, x.Predecessor.Pillar.Plan!.Key, x.Predecessor.Pillar.Plan.Title, x.Predecessor.Code,
                        x.Predecessor.Text != l.Predecessor.Text || x.Predecessor.ShortTitle != l.Predecessor.ShortTitle, null)).FirstOrDefault()))
                    .FirstOrDefault()))
            .AsSingleQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (commitment is null)
        {
            return NotFound();
        }

        // The cycles that monitor the commitment's plan, or the versions before it whose commitment it carries on; a
        // cycle of another plan is not one of this page's. Each member's history reads the commitment of its cycle.
        var lineage = commitment.Lineage();
        var ids = lineage.Select(l => l.Id).ToList();
        var cycles = (await db.CyclesAsync(cancellationToken)).Where(c => lineage.Any(l => c.Monitors(l.PlanId))).ToList();
        Chosen = string.IsNullOrWhiteSpace(cycle) ? cycles.LastOrDefault(c => c.State != CycleState.Planned) : cycles.Find(cycle);
        if (!string.IsNullOrWhiteSpace(cycle) && Chosen is null)
        {
            return NotFound();
        }

        Commitment = commitment;
        Viewer = Viewer.Of(User);
        Cycles = [.. cycles.Where(c => c.State != CycleState.Planned)];
        Members = await db.MembersAsync(cancellationToken);
        if (!MemberPages.TryParse(page, Members.Count, out var number))
        {
            return NotFound();
        }

        // A link to one member's entry opens the page of members that holds it. (The page number comes from the query
        // string only: for Razor Pages, "page" is also the route value that names the page.)
        if (string.IsNullOrWhiteSpace(page) && MemberPages.PageOf(Members, member) is { } holding)
        {
            number = holding;
        }

        MemberPage = MemberPages.Of(Members, number);
        var shownIds = MemberPage.Shown.Select(m => m.Id).ToList();
        var reports = (await db.Reports.AsNoTracking().Where(r => ids.Contains(r.CommitmentId) && shownIds.Contains(r.MemberId))
            .Select(Viewer.Facts()).ToListAsync(cancellationToken))
            .GroupBy(r => (r.CycleId, r.MemberId))
            .ToDictionary(g => g.Key, g => g.OrderBy(r => ids.IndexOf(r.CommitmentId)).First());
        var tallies = await TallyAsync(ids, cancellationToken);
        var chosenId = Chosen?.Id ?? 0;

        // Only the narratives the reader may read are fetched.
        var texts = await db.Reports.AsNoTracking()
            .Where(r => ids.Contains(r.CommitmentId) && r.CycleId == chosenId && r.LastChangedAt != null && shownIds.Contains(r.MemberId))
            .Where(Viewer.CanRead())
            .Select(r => new { r.MemberId, r.CommitmentId, r.Narrative, r.NotApplicableReason })
            .ToListAsync(cancellationToken);
        var textOf = texts.GroupBy(t => t.MemberId).ToDictionary(g => g.Key, g => g.OrderBy(t => ids.IndexOf(t.CommitmentId)).First());

        ReportFacts Of(CycleInfo c, MemberInfo m) =>
            reports.GetValueOrDefault((c.Id, m.Id)) ?? ReportFacts.Missing(Viewer, c.Id, m.Id, commitment.Id);

        if (Chosen is { } chosen)
        {
            InCycle = [.. MemberPage.Shown.Select(m =>
            {
                var report = Of(chosen, m);
                var text = textOf.GetValueOrDefault(m.Id);
                return new MemberReport(m, report, text?.Narrative, text?.NotApplicableReason, Viewer.LinkTo(report, chosen.Code, commitment.PlanKey, commitment.Code, m.Code));
            })];
        }

        Indicators = await IndicatorSeries.LoadAsync(db, Viewer, commitment.Id, Cycles, Members, cancellationToken);
        var ownIsMember = Viewer.OwnMemberId is { } ownId && Members.Any(m => m.Id == ownId);
        ByCycle = [.. Cycles.Select(c => new RollupRow($"cycle-{c.Code}", c.Code, c.Code, CountsIn(c, tallies, ownIsMember)))];
        History = [.. MemberPage.Shown.Select(m => (m, (IReadOnlyList<ReportFacts>)[.. Cycles.Select(c => Of(c, m))]))];
        return Page();
    }

    /// <summary>
    /// The roll-up by cycle counts every member, not only the page's: counted in SQL by cycle and by what the reader
    /// may see, so the page reads a few rows a cycle whatever the number of members.
    /// </summary>
    private async Task<List<Tally>> TallyAsync(List<int> commitmentIds, CancellationToken cancellationToken)
    {
        var own = Viewer.OwnMemberId;
        return await db.Reports.AsNoTracking()
            .Where(r => commitmentIds.Contains(r.CommitmentId))
            .GroupBy(Viewer.CanRead().Into((r, visible) => new
            {
                r.CycleId,
                Own = r.MemberId == own,
                Visible = visible,
                Written = r.LastChangedAt != null,
                r.Completion,
            }))
            .Select(g => new Tally(g.Key.CycleId, g.Key.Own, g.Key.Visible, g.Key.Written, g.Key.Completion, g.Count()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A cycle's counts from its tallies; members without a report slot count as a missing report, hidden from a focal point unless its own.</summary>
    private LevelCounts CountsIn(CycleInfo cycle, List<Tally> tallies, bool ownIsMember)
    {
        var inCycle = tallies.Where(t => t.CycleId == cycle.Id).ToList();
        var ownMember = ownIsMember ? 1 : 0;
        var ownMissing = ownMember - inCycle.Where(t => t.Own).Sum(t => t.Count);
        var othersMissing = Members.Count - ownMember - inCycle.Where(t => !t.Own).Sum(t => t.Count);
        return LevelCounts.OfTallies(
        [
            .. inCycle.Select(t => (new ReportFacts(0, cycle.Id, 0, 0, t.Visible, t.Visible && t.Written, null, t.Visible ? t.Completion : null), t.Count)),
            (ReportFacts.Missing(Viewer, cycle.Id, Viewer.OwnMemberId ?? 0, 0), Math.Max(0, ownMissing)),
            (new ReportFacts(0, cycle.Id, 0, 0, Viewer.ReadsAll, false, null, null), Math.Max(0, othersMissing)),
        ]);
    }

    private sealed record Tally(int CycleId, bool Own, bool Visible, bool Written, Completion? Completion, int Count);

    public sealed record CommitmentView(
        int Id, int PlanId, string PlanKey, string PlanTitle, string Code, string ShortTitle, string Text, string PillarNumeral, string PillarTitle, IReadOnlyList<PriorityInfo> Priorities,
        string? ShortTitleFr = null, string? TextFr = null, string? PillarTitleFr = null, Earlier? Continues = null)
    {
        /// <summary>The commitment and those it carries on, newest first, each with its plan version.</summary>
        public IReadOnlyList<Earlier> Lineage()
        {
            var chain = new List<Earlier> { new(Id, PlanId, PlanKey, PlanTitle, Code, false, Continues) };
            for (var earlier = Continues; earlier is not null; earlier = earlier.Continues)
            {
                chain.Add(earlier);
            }

            return chain;
        }
    }

    /// <summary>A commitment of an earlier version that the one after it carries on, and whether the words changed between them.</summary>
    public sealed record Earlier(int Id, int PlanId, string PlanKey, string PlanTitle, string Code, bool TextChanged, Earlier? Continues);

    /// <summary>One member's report in the chosen cycle; the texts are null when the reader may not read them.</summary>
    public sealed record MemberReport(MemberInfo Member, ReportFacts Report, string? Narrative, string? NotApplicableReason, string? Link);
}
