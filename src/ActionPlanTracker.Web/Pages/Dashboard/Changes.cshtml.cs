using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Dashboard;

/// <summary>
/// Change since the previous cycle for every member and commitment: improved, unchanged, regressed or new, derived
/// by the domain from the two levels. A focal point compares the other members' approved reports only. Four SQL commands.
/// </summary>
[Authorize]
public sealed class ChangesModel(ActionPlanDbContext db) : PageModel
{
    public CycleInfo Cycle { get; private set; } = null!;

    public Viewer Viewer { get; private set; } = null!;

    public bool ChangedOnly { get; private set; }

    public IReadOnlyList<MemberInfo> Members { get; private set; } = [];

    public IReadOnlyList<ChangePillar> Matrix { get; private set; } = [];

    public IReadOnlyList<ChangeCount> Counts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string cycle, bool? changed, CancellationToken cancellationToken)
    {
        var cycles = await db.CyclesAsync(cancellationToken);
        if (cycles.Find(cycle) is not { } found)
        {
            return NotFound();
        }

        Cycle = found;
        Viewer = Viewer.Of(User);
        ChangedOnly = changed == true;
        var previousId = cycles.Find(found.PreviousCode)?.Id ?? 0;
        Members = found.MembersOf(await db.MembersAsync(cancellationToken));
        var plan = await db.PlanAsync(cancellationToken);
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.CycleId == found.Id || r.CycleId == previousId)
            .Select(Viewer.Facts())
            .ToListAsync(cancellationToken);

        // "changed=maybe" is not a yes or no: say so, rather than guess.
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var current = reports.Where(r => r.CycleId == found.Id).ToDictionary(r => (r.MemberId, r.CommitmentId));
        var previous = reports.Where(r => r.CycleId == previousId).ToDictionary(r => (r.MemberId, r.CommitmentId));
        var cells = new List<ChangeCell>();
        var matrix = new List<ChangePillar>();
        foreach (var pillar in found.PillarsOf(plan))
        {
            var rows = new List<ChangeRow>();
            foreach (var commitment in pillar.Commitments)
            {
                var row = Members.Select(m => Cell(m, commitment, current, previous)).ToList();
                cells.AddRange(row);
                if (!ChangedOnly || row.Any(c => c.Changed))
                {
                    rows.Add(new(commitment, row));
                }
            }

            if (rows.Count > 0)
            {
                matrix.Add(new(pillar, rows));
            }
        }

        Matrix = matrix;
        Counts = [.. Members.Select(m => ChangeCount.Of(m, cells.Where(c => c.MemberCode == m.Code)))];
        return Page();
    }

    private ChangeCell Cell(
        MemberInfo member, CommitmentInfo commitment,
        Dictionary<(int, int), ReportFacts> current, Dictionary<(int, int), ReportFacts> previous)
    {
        var now = current.GetValueOrDefault((member.Id, commitment.Id)) ?? ReportFacts.Missing(Viewer, Cycle.Id, member.Id, commitment.Id);
        var before = previous.PreviousFor(member.Id, commitment);
        var change = now.Visible ? Changes.Between(before?.VisibleLevel, now.VisibleLevel) : null;
        var diff = now.Visible && now.HasContent ? Links.Diff(Cycle, member.Code, commitment) : null;
        return new(member.Code, commitment.Code, commitment.Anchor, now, before?.VisibleLevel, change, diff);
    }

    public sealed record ChangePillar(PillarInfo Pillar, IReadOnlyList<ChangeRow> Rows);

    public sealed record ChangeRow(CommitmentInfo Commitment, IReadOnlyList<ChangeCell> Cells);

    public sealed record ChangeCell(
        string MemberCode, string CommitmentCode, string CommitmentAnchor, ReportFacts Now, Completion? Before, ChangeSincePreviousCycle? Change, string? DiffLink)
    {
        /// <summary>Improved, regressed or new: what the "only what changed" filter keeps.</summary>
        public bool Changed => Change is ChangeSincePreviousCycle.Improved or ChangeSincePreviousCycle.Regressed or ChangeSincePreviousCycle.New;

        public string Key => !Now.Visible ? "hidden" : Change?.ToString().ToLowerInvariant() ?? "none";

        /// <summary>A symbol beside the word, so the change reads without colour.</summary>
        public string Label(StatusWords words) => Change switch
        {
            ChangeSincePreviousCycle.Improved => $"▲ {words.Change(ChangeSincePreviousCycle.Improved)}",
            ChangeSincePreviousCycle.Regressed => $"▼ {words.Change(ChangeSincePreviousCycle.Regressed)}",
            ChangeSincePreviousCycle.Unchanged => $"= {words.Change(ChangeSincePreviousCycle.Unchanged)}",
            ChangeSincePreviousCycle.New => $"+ {words.Change(ChangeSincePreviousCycle.New)}",
            _ => words.LevelOf(Now),
        };

        public string? Levels(StatusWords words) => Change is null ? null : $"{words.Level(Before)} → {words.LevelOf(Now)}";
    }

    public sealed record ChangeCount(string Code, string Name, int Improved, int Unchanged, int Regressed, int New, int NoReport, int NotApproved)
    {
        public static ChangeCount Of(MemberInfo member, IEnumerable<ChangeCell> cells)
        {
            var list = cells.ToList();
            int Count(string key) => list.Count(c => c.Key == key);
            return new(member.Code, member.Shown, Count("improved"), Count("unchanged"), Count("regressed"), Count("new"), Count("none"), Count("hidden"));
        }
    }
}
