using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Commitments;

/// <summary>
/// Reads and renders the reports of the commitment page (<see cref="DetailsModel"/>): every shown member's report in the
/// chosen cycle with the texts the reader may read, the roll-up by cycle over every member, each shown member's history,
/// and the indicators; four SQL commands whatever the number of cycles or members. Placed inside the page's cache tag,
/// it runs only when the rendered reports are not already kept for the page's key.
/// </summary>
public sealed class CommitmentHistoryViewComponent(ActionPlanDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(DetailsModel page)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var commitment = page.Commitment;
        var viewer = page.Viewer;
        var ids = page.Lineage.Select(l => l.Id).ToList();
        var shownIds = page.MemberPage.Shown.Select(m => m.Id).ToList();

        // Where a cycle holds reports on two commitments of the lineage (it monitored two versions), the newest counts.
        var reports = (await db.Reports.AsNoTracking().Where(r => ids.Contains(r.CommitmentId) && shownIds.Contains(r.MemberId))
            .Select(viewer.Facts()).ToListAsync(cancellationToken))
            .GroupBy(r => (r.CycleId, r.MemberId))
            .ToDictionary(g => g.Key, g => g.OrderBy(r => ids.IndexOf(r.CommitmentId)).First());
        var tallies = await TallyAsync(page, ids, cancellationToken);
        var chosen = page.Chosen!;

        // Only the narratives the reader may read are fetched.
        var texts = (await db.Reports.AsNoTracking()
            .Where(r => ids.Contains(r.CommitmentId) && r.CycleId == chosen.Id && r.LastChangedAt != null && shownIds.Contains(r.MemberId))
            .Where(viewer.CanRead())
            .Select(r => new { r.MemberId, r.CommitmentId, r.Narrative, r.NotApplicableReason })
            .ToListAsync(cancellationToken))
            .GroupBy(t => t.MemberId).ToDictionary(g => g.Key, g => g.OrderBy(t => ids.IndexOf(t.CommitmentId)).First());

        ReportFacts Of(CycleInfo c, MemberInfo m) =>
            reports.GetValueOrDefault((c.Id, m.Id)) ?? ReportFacts.Missing(viewer, c.Id, m.Id, commitment.Id);

        IReadOnlyList<MemberReport> inCycle = [.. page.MemberPage.Shown.Select(m =>
        {
            var report = Of(chosen, m);
            var text = texts.GetValueOrDefault(m.Id);
            return new MemberReport(m, report, text?.Narrative, text?.NotApplicableReason, viewer.LinkTo(report, chosen.Code, commitment.PlanKey, commitment.Code, m.Code));
        })];

        var indicators = await IndicatorSeries.LoadAsync(db, viewer, commitment.Id, page.Cycles, page.Members, cancellationToken);
        var ownIsMember = viewer.OwnMemberId is { } ownId && page.Members.Any(m => m.Id == ownId);
        IReadOnlyList<RollupRow> byCycle = [.. page.Cycles.Select(c => new RollupRow($"cycle-{c.Code}", c.Code, c.Code, CountsIn(page, c, tallies, ownIsMember)))];
        IReadOnlyList<(MemberInfo, IReadOnlyList<ReportFacts>)> history = [.. page.MemberPage.Shown.Select(m => (m, (IReadOnlyList<ReportFacts>)[.. page.Cycles.Select(c => Of(c, m))]))];
        return View("/Pages/Commitments/_Body.cshtml", new CommitmentBody(page, inCycle, byCycle, indicators, history));
    }

    /// <summary>
    /// The roll-up by cycle counts every member, not only the page's: counted in SQL by cycle and by what the reader
    /// may see, so the page reads a few rows a cycle whatever the number of members.
    /// </summary>
    private async Task<List<Tally>> TallyAsync(DetailsModel page, List<int> commitmentIds, CancellationToken cancellationToken)
    {
        var own = page.Viewer.OwnMemberId;
        return await db.Reports.AsNoTracking()
            .Where(r => commitmentIds.Contains(r.CommitmentId))
            .GroupBy(page.Viewer.CanRead().Into((r, visible) => new
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
    private static LevelCounts CountsIn(DetailsModel page, CycleInfo cycle, List<Tally> tallies, bool ownIsMember)
    {
        var inCycle = tallies.Where(t => t.CycleId == cycle.Id).ToList();
        var ownMember = ownIsMember ? 1 : 0;
        var ownMissing = ownMember - inCycle.Where(t => t.Own).Sum(t => t.Count);
        var othersMissing = page.Members.Count - ownMember - inCycle.Where(t => !t.Own).Sum(t => t.Count);
        return LevelCounts.OfTallies(
        [
            .. inCycle.Select(t => (new ReportFacts(0, cycle.Id, 0, 0, t.Visible, t.Visible && t.Written, null, t.Visible ? t.Completion : null), t.Count)),
            (ReportFacts.Missing(page.Viewer, cycle.Id, page.Viewer.OwnMemberId ?? 0, 0), Math.Max(0, ownMissing)),
            (new ReportFacts(0, cycle.Id, 0, 0, page.Viewer.ReadsAll, false, null, null), Math.Max(0, othersMissing)),
        ]);
    }

    private sealed record Tally(int CycleId, bool Own, bool Visible, bool Written, Completion? Completion, int Count);

}

/// <summary>The reports of the commitment page, as <see cref="CommitmentHistoryViewComponent"/> read them.</summary>
public sealed record CommitmentBody(
    DetailsModel Page, IReadOnlyList<MemberReport> InCycle, IReadOnlyList<RollupRow> ByCycle, IReadOnlyList<IndicatorSeries> Indicators,
    IReadOnlyList<(MemberInfo Member, IReadOnlyList<ReportFacts> Reports)> History);

/// <summary>One member's report in the chosen cycle; the texts are null when the reader may not read them.</summary>
public sealed record MemberReport(MemberInfo Member, ReportFacts Report, string? Narrative, string? NotApplicableReason, string? Link);
