using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Caching;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ActionPlanTracker.Web.Pages.Commitments;

/// <summary>
/// One commitment: its full text, every member's status and narrative in the chosen cycle, and its history across
/// cycles (ten members a page, <see cref="MemberPages"/>), and its indicators. A focal point reads the other members'
/// approved reports only. The page takes the cycles, members, priorities and lineage from the in-memory
/// <see cref="PlanSnapshot"/> and reads the commitment once per data version stamp; the reports below are read and
/// rendered by <see cref="CommitmentHistoryViewComponent"/> (four commands) and kept, rendered, while the stamp stays the
/// same, per reader's view, cycle, page of members and language. A request that finds both kept runs no command but the stamp.
/// </summary>
[Authorize]
public sealed class DetailsModel(ActionPlanDbContext db, DataStamp stamp, PlanSnapshots plans, IMemoryCache cache) : PageModel
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
        // The stamp first (PlanSnapshots): what is read after it is at least as new.
        var snapshot = await plans.CurrentAsync(stamp, () => db, cancellationToken);

        // The commitment as it stands at the stamp, kept with it: an address that names one is read once a stamp.
        var asked = $"{plan.Trim()}/{code.Trim().ToUpperInvariant()}";
        if (!cache.TryGetValue((nameof(DetailsModel), snapshot.Stamp, asked), out CommitmentView? commitment) || commitment is null)
        {
            commitment = await ReadAsync(snapshot, plan, code, cancellationToken);
            if (commitment is null)
            {
                return NotFound();
            }

            cache.Set((nameof(DetailsModel), snapshot.Stamp, asked), commitment, TimeSpan.FromMinutes(10));
        }

        // The cycles that monitor the commitment's plan, or the versions before it whose commitment it carries on; a
        // cycle of another plan is not one of this page's. Each member's history reads the commitment of its cycle.
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

    /// <summary>The commitment an address names, with its priorities and what it carries on; null when there is none.</summary>
    private async Task<CommitmentView?> ReadAsync(PlanSnapshot snapshot, string plan, string code, CancellationToken cancellationToken)
    {
        var found = await db.Commitments.AsNoTracking().Named(plan, code)
            .Select(c => new
            {
                c.Id,
                PlanId = c.Pillar!.ActionPlanId,
                PlanKey = c.Pillar.Plan!.Key,
                PlanTitle = c.Pillar.Plan.Title,
                c.Code,
                c.ShortTitle,
                c.Text,
                c.Pillar.Numeral,
                PillarTitle = c.Pillar.Title,
                c.ShortTitleFr,
                c.TextFr,
                PillarTitleFr = c.Pillar.TitleFr,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null || snapshot.Pillars.SelectMany(p => p.Commitments).FirstOrDefault(c => c.Id == found.Id) is not { } info)
        {
            return null;
        }

        // Its priorities and what it carries on, from the snapshot; the words of the earlier ones only where there are any.
        var priorities = snapshot.Priorities.Where(p => p.PlanId == found.PlanId && info.Priorities.Contains(p.Number)).OrderBy(p => p.Number).ToList();
        return new CommitmentView(found.Id, found.PlanId, found.PlanKey, found.PlanTitle, found.Code, found.ShortTitle, found.Text,
            found.Numeral, found.PillarTitle, priorities, found.ShortTitleFr, found.TextFr, found.PillarTitleFr,
            await EarlierAsync(snapshot, info, cancellationToken));
    }

    /// <summary>
    /// The commitments <paramref name="info"/> carries on, nearest first, from the snapshot's lineage; each step's words
    /// compared (<see cref="ReportQueries.AsContinuedFrom"/>, one command) only when there are any.
    /// </summary>
    private async Task<Earlier?> EarlierAsync(PlanSnapshot snapshot, CommitmentInfo info, CancellationToken cancellationToken)
    {
        var byId = snapshot.Pillars.SelectMany(p => p.Commitments.Select(c => (Pillar: p, Commitment: c))).ToDictionary(x => x.Commitment.Id);
        var chain = new List<(PillarInfo Pillar, CommitmentInfo Commitment)>();
        for (var from = info.CarriedFrom; from is { } id && byId.TryGetValue(id, out var earlier) && chain.Count < 10; from = earlier.Commitment.CarriedFrom)
        {
            chain.Add(earlier);
        }

        if (chain.Count == 0)
        {
            return null;
        }

        // Each step read from its successor: the commitment itself, then every earlier one but the oldest.
        var successors = chain.SkipLast(1).Select(c => c.Commitment.Id).Prepend(info.Id).ToList();
        var changed = await db.CommitmentLineages.AsNoTracking().Where(l => l.Carries && successors.Contains(l.SuccessorId))
            .Select(ReportQueries.AsContinuedFrom).ToDictionaryAsync(c => c.Id, c => c.TextChanged, cancellationToken);
        Earlier? older = null;
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var (pillar, earlier) = chain[i];
            older = new Earlier(earlier.Id, pillar.PlanId, pillar.PlanKey, pillar.PlanTitle, earlier.Code, changed.GetValueOrDefault(earlier.Id), older);
        }

        return older;
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
