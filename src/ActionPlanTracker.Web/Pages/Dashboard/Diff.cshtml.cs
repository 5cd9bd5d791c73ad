using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Dashboard;

/// <summary>
/// One member's report on one commitment against its previous-cycle version: the two levels and the texts compared
/// word by word. A focal point reads another member's report only once approved (and its earlier one only if approved
/// too); otherwise the address gives 404. Four SQL commands.
/// </summary>
[Authorize]
public sealed class DiffModel(ActionPlanDbContext db) : PageModel
{
    public string CycleCode { get; private set; } = "";

    public string PreviousCode { get; private set; } = "";

    public MemberInfo Member { get; private set; } = null!;

    public CommitmentView Commitment { get; private set; } = null!;

    public Version? Now { get; private set; }

    public Version? Before { get; private set; }

    /// <summary>False for a focal point reading another member: drafts of either cycle are not shown to it.</summary>
    public bool SeesEveryState { get; private set; }

    /// <summary>The change in words; null when there is no report in this cycle.</summary>
    public string? Change => Changes.Between(Before?.Completion, Now?.Completion)?.Label();

    /// <summary>Each text compared, under the key of its heading.</summary>
    public IReadOnlyList<(string HeadingKey, (string? Before, string? After) Pieces)> Texts { get; private set; } = [];

    /// <summary>The commitment is looked for among the plans the cycle monitors; <c>?plan=</c> names one where two share its code.</summary>
    public async Task<IActionResult> OnGetAsync(string cycle, string member, string commitment, string? plan, CancellationToken cancellationToken)
    {
        if (!Domain.CycleCode.TryParse(cycle, out var code))
        {
            return NotFound();
        }

        CycleCode = code.ToString();
        PreviousCode = code.Previous.ToString();
        var cycles = await db.Cycles.AsNoTracking().Where(c => c.Code == CycleCode || c.Code == PreviousCode)
            .Select(c => new { c.Id, c.Code }).ToListAsync(cancellationToken);
        var currentId = cycles.SingleOrDefault(c => c.Code == CycleCode)?.Id;
        var memberCode = member.Trim().ToUpperInvariant();
        var found = await db.Members.AsNoTracking().Where(m => m.Code == memberCode)
            .Select(m => new MemberInfo(m.Id, m.Code, m.Name, m.NameFr)).SingleOrDefaultAsync(cancellationToken);
        // The commitment of that code among the plans the cycle monitors (of the plan named, where one is).
        var commitmentCode = commitment.Trim().ToUpperInvariant();
        var items = await db.Commitments.AsNoTracking().MonitoredIn(db, currentId)
            .Where(c => c.Code == commitmentCode)
            .Where(c => plan == null || c.Pillar!.Plan!.Key == plan)
            .Select(c => new CommitmentView(c.Id, c.Code, c.ShortTitle, c.ShortTitleFr, c.Predecessors.AsQueryable()
                .Where(l => l.Carries).Select(ReportQueries.AsContinuedFrom).FirstOrDefault()))
            .Take(2).ToListAsync(cancellationToken);
        var item = items.Count == 1 ? items[0] : null;
        if (currentId is null || found is null || item is null)
        {
            return NotFound();
        }

        Member = found;
        Commitment = item;
        var viewer = Viewer.Of(User);
        SeesEveryState = viewer.Sees(found.Id);
        var previousId = cycles.SingleOrDefault(c => c.Code == PreviousCode)?.Id ?? 0;

        // What the reader may not see is not even read: the texts of hidden reports stay in the database.
        var versions = await db.Reports.AsNoTracking()
            .Where(r => r.MemberId == found.Id && (r.CycleId == currentId || r.CycleId == previousId))
            .Where(r => r.CommitmentId == item.Id || (item.Continues != null && r.CycleId == previousId && r.CommitmentId == item.Continues.Id))
            .Where(viewer.CanRead())
            .Where(r => r.LastChangedAt != null)
            .Select(r => new Version(r.Id, r.CycleId, r.CommitmentId, r.State, r.Completion, r.Narrative, r.NextSteps, r.Challenges))
            .ToListAsync(cancellationToken);
        Now = versions.SingleOrDefault(v => v.CycleId == currentId);
        // The previous cycle's report on this commitment, or on the one it carries from (ReportQueries.PreviousFor).
        Before = versions.Where(v => v.CycleId == previousId).OrderBy(v => v.CommitmentId == item.Id ? 0 : 1).FirstOrDefault();
        ComparedWith = Before is { } before && before.CommitmentId != item.Id ? item.Continues : null;
        if (Now is null && !SeesEveryState)
        {
            // Another member's report that is not approved: the focal point learns nothing about it.
            return NotFound();
        }

        Texts =
        [
            ("Diff.Narrative", (Before?.Narrative, Now?.Narrative)),
            ("Diff.NextSteps", (Before?.NextSteps, Now?.NextSteps)),
            ("Diff.Challenges", (Before?.Challenges, Now?.Challenges)),
        ];
        return Page();
    }

    /// <summary>Set where the previous cycle's report is on the commitment this one continues from the version before.</summary>
    public ContinuedFrom? ComparedWith { get; private set; }

    public sealed record CommitmentView(int Id, string Code, string ShortTitle, string? ShortTitleFr, ContinuedFrom? Continues);

    public sealed record Version(int Id, int CycleId, int CommitmentId, ReviewState State, Completion? Completion, string Narrative, string NextSteps, string Challenges);
}
