using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Caching;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Commitments;

/// <summary>
/// One commitment: its full text, every member's status and narrative in the chosen cycle, and its history across
/// cycles (ten members a page, <see cref="MemberPages"/>), and its indicators. A focal point reads the other members'
/// approved reports only. The page reads the commitment (one SQL command) and the cycles and members from the in-memory
/// <see cref="PlanSnapshot"/>; the reports below are read and rendered by <see cref="CommitmentHistoryViewComponent"/>
/// (four commands) and kept, rendered, while the data version's stamp stays the same, per reader's view, cycle, page of
/// members and language.
/// </summary>
[Authorize]
public sealed class DetailsModel(ActionPlanDbContext db, DataStamp stamp, PlanSnapshots plans) : PageModel
{
    public CommitmentView Commitment { get; private set; } = null!;

    public Viewer Viewer { get; private set; } = null!;

    public IReadOnlyList<MemberInfo> Members { get; private set; } = [];

    /// <summary>The members whose rows this page shows, ten at a time; the roll-up by cycle counts them all.</summary>
    public MemberPages MemberPage { get; private set; } = null!;

    /// <summary>The cycles with report slots, oldest first.</summary>
    public IReadOnlyList<CycleInfo> Cycles { get; private set; } = [];

    public CycleInfo? Chosen { get; private set; }

    /// <summary>The commitment and those it carries on (<see cref="CommitmentView.Lineage"/>): whose reports its history reads.</summary>
    public IReadOnlyList<Earlier> Lineage { get; private set; } = [];

    /// <summary>
    /// What the rendered reports depend on besides the language: the data version, what this reader may see (and where
    /// its links lead), the commitment, the cycle and the page of members.
    /// </summary>
    public string BodyKey { get; private set; } = "";

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
        var snapshot = await plans.CurrentAsync(stamp, () => db, cancellationToken);
        Lineage = commitment.Lineage();
        var cycles = snapshot.Cycles.Where(c => Lineage.Any(l => c.Monitors(l.PlanId))).ToList();
        Chosen = string.IsNullOrWhiteSpace(cycle) ? cycles.LastOrDefault(c => c.State != CycleState.Planned) : cycles.Find(cycle);
        if (!string.IsNullOrWhiteSpace(cycle) && Chosen is null)
        {
            return NotFound();
        }

        Commitment = commitment;
        Viewer = Viewer.Of(User);
        Cycles = [.. cycles.Where(c => c.State != CycleState.Planned)];
        Members = snapshot.Members;
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
        BodyKey = string.Join('|', snapshot.Stamp.ToString("N"), Viewer.ReadsAll, Viewer.Reviews, Viewer.OwnMemberId, commitment.Id, Chosen?.Code, MemberPage.Number);
        return Page();
    }

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

}
