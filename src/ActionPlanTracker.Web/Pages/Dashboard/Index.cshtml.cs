using ActionPlanTracker.Data;
using ActionPlanTracker.Web.Pages.Indicators;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Dashboard;

/// <summary>
/// Where the plan stands in one cycle: the member × commitment matrix by pillar, with roll-ups, filtered by the query
/// string so every view has an address, and the indicators over the last cycles. Five SQL commands, whatever the number of
/// cycles, members, reports or indicator values.
/// </summary>
[Authorize]
public sealed partial class IndexModel(ActionPlanDbContext db, IStringLocalizer<DashboardText> text) : PageModel
{
    public CycleInfo Cycle { get; private set; } = null!;

    public IReadOnlyList<CycleInfo> Cycles { get; private set; } = [];

    public IReadOnlyList<PillarInfo> Pillars { get; private set; } = [];

    public IReadOnlyList<MemberInfo> Members { get; private set; } = [];

    public IReadOnlyList<PriorityInfo> Priorities { get; private set; } = [];

    public FilterInput Filter { get; private set; } = new();

    public Viewer Viewer { get; private set; } = null!;

    /// <summary>The member columns the filters keep.</summary>
    public IReadOnlyList<MemberInfo> Columns { get; private set; } = [];

    public IReadOnlyList<MatrixPillar> Matrix { get; private set; } = [];

    public IReadOnlyList<RollupRow> ByPillar { get; private set; } = [];

    public IReadOnlyList<RollupRow> ByMember { get; private set; } = [];

    public LevelCounts Total { get; private set; } = LevelCounts.Of([]);

    public DashboardIndicators? Indicators { get; private set; }

    public async Task<IActionResult> OnGetAsync(string cycle, [FromQuery] FilterInput filter, CancellationToken cancellationToken)
    {
        Cycles = await db.CyclesAsync(cancellationToken);
        if (Cycles.Find(cycle) is not { } found)
        {
            return NotFound();
        }

        Cycle = found;
        Filter = filter;
        Viewer = Viewer.Of(User);
        var facts = Viewer.Facts();
        var members = await db.Members.AsNoTracking()
            .OrderBy(m => m.SortOrder).ThenBy(m => m.Code)
            .Select(m => new
            {
                Member = new MemberInfo(m.Id, m.Code, m.Name, m.NameFr),
                Reports = db.Reports.Where(r => r.CycleId == found.Id && r.MemberId == m.Id).Select(facts).ToList(),
            })
            .AsSingleQuery()
            .ToListAsync(cancellationToken);
        Members = [.. members.Select(m => m.Member)];
        Pillars = await db.PlanAsync(cancellationToken);
        Priorities = await db.Priorities.AsNoTracking().OrderBy(p => p.Number)
            .Select(p => new PriorityInfo(p.Number, p.Title, p.TitleFr)).ToListAsync(cancellationToken);

        if (!new Validator(Pillars, Members, Priorities, text).Validate(filter).AddTo(ModelState, "filter"))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Build(members.SelectMany(m => m.Reports).ToDictionary(r => (r.MemberId, r.CommitmentId)));
        Indicators = await DashboardIndicators.LoadAsync(db, Viewer, Cycles, Cycle, Members,
            Pillars.Where(Filter.Keeps).SelectMany(p => p.Commitments.Where(Filter.Keeps)).Select(c => c.Code), cancellationToken);
        return Page();
    }

    /// <summary>Lays out the matrix the filters keep and counts what it shows.</summary>
    private void Build(Dictionary<(int MemberId, int CommitmentId), ReportFacts> reports)
    {
        Columns = [.. Members.Where(m => Filter.Keeps(m))];
        var matrix = new List<MatrixPillar>();
        foreach (var pillar in Pillars.Where(Filter.Keeps))
        {
            var rows = new List<MatrixRow>();
            foreach (var commitment in pillar.Commitments.Where(Filter.Keeps))
            {
                var cells = Columns.Select(m => Cell(reports, m, commitment)).ToList();
                if (Filter.FiltersCells && !cells.Any(c => c.Shown))
                {
                    continue;
                }

                rows.Add(new(commitment, cells));
            }

            if (rows.Count > 0)
            {
                matrix.Add(new(pillar, rows));
            }
        }

        Matrix = matrix;
        var shown = matrix.SelectMany(p => p.Rows.SelectMany(r => r.Cells.Where(c => c.Shown).Select(c => (p.Pillar, c)))).ToList();
        ByPillar = [.. matrix.Select(p => new RollupRow(
            $"rollup-pillar-{p.Pillar.Numeral}", $"{p.Pillar.Numeral} {p.Pillar.ShownTitle}", p.Pillar.Numeral,
            LevelCounts.Of(shown.Where(x => x.Pillar == p.Pillar).Select(x => x.c.Report))))];
        ByMember = [.. Columns.Select(m => new RollupRow(
            $"rollup-member-{m.Code}", m.Shown, m.Code, LevelCounts.Of(shown.Where(x => x.c.MemberCode == m.Code).Select(x => x.c.Report))))];
        Total = LevelCounts.Of(shown.Select(x => x.c.Report));
    }

    private MatrixCell Cell(Dictionary<(int, int), ReportFacts> reports, MemberInfo member, CommitmentInfo commitment)
    {
        var report = reports.GetValueOrDefault((member.Id, commitment.Id)) ?? ReportFacts.Missing(Viewer, Cycle.Id, member.Id, commitment.Id);
        return new(member.Code, commitment.Code, report, Filter.Keeps(report), Viewer.LinkTo(report, Cycle.Code, commitment.Code, member.Code));
    }

    public sealed record MatrixPillar(PillarInfo Pillar, IReadOnlyList<MatrixRow> Rows);

    public sealed record MatrixRow(CommitmentInfo Commitment, IReadOnlyList<MatrixCell> Cells);

    /// <summary>One cell; <paramref name="Shown"/> is false when the level or state filter leaves it out.</summary>
    public sealed record MatrixCell(string MemberCode, string CommitmentCode, ReportFacts Report, bool Shown, string? Link);
}
