using ActionPlanTracker.Web.Reading;

namespace ActionPlanTracker.Web.Pages.Dashboard;

/// <summary>The dashboard below its filters: the matrix the filters keep, its roll-ups and the indicators.</summary>
public sealed class Board
{
    private Board(IndexModel page) => Page = page;

    public IndexModel Page { get; }

    public CycleInfo Cycle => Page.Cycle;

    public Viewer Viewer => Page.Viewer;

    /// <summary>The member columns the filters keep, on this page of them.</summary>
    public IReadOnlyList<MemberInfo> Columns { get; private set; } = [];

    public IReadOnlyList<MatrixPillar> Matrix { get; private set; } = [];

    public IReadOnlyList<RollupRow> ByPillar { get; private set; } = [];

    public IReadOnlyList<RollupRow> ByMember { get; private set; } = [];

    public LevelCounts Total { get; private set; } = LevelCounts.Of([]);

    public DashboardIndicators? Indicators { get; init; }

    /// <summary>Lays out the matrix the page's filters keep from the cycle's reports, and counts what it shows.</summary>
    public static Board Of(IndexModel page, Dictionary<(int MemberId, int CommitmentId), ReportFacts> reports, DashboardIndicators indicators)
    {
        var board = new Board(page) { Indicators = indicators };
        var filter = page.Filter;
        board.Columns = page.MemberPage.Shown;
        var matrix = new List<MatrixPillar>();
        foreach (var pillar in page.Pillars.Where(filter.Keeps))
        {
            var rows = new List<MatrixRow>();
            foreach (var commitment in pillar.Commitments.Where(filter.Keeps))
            {
                var cells = board.Columns.Select(m => board.Cell(reports, m, commitment)).ToList();
                if (filter.FiltersCells && !cells.Any(c => c.Shown))
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

        board.Matrix = matrix;
        var shown = matrix.SelectMany(p => p.Rows.SelectMany(r => r.Cells.Where(c => c.Shown).Select(c => (p.Pillar, c)))).ToList();
        board.ByPillar = [.. matrix.Select(p => new RollupRow(
            $"rollup-pillar-{p.Pillar.Anchor}", p.Pillar.Qualifier is null ? $"{p.Pillar.Numeral} {p.Pillar.ShownTitle}" : $"{p.Pillar.PlanTitle} · {p.Pillar.Numeral} {p.Pillar.ShownTitle}", p.Pillar.Anchor,
            LevelCounts.Of(shown.Where(x => x.Pillar == p.Pillar).Select(x => x.c.Report))))];
        board.ByMember = [.. board.Columns.Select(m => new RollupRow(
            $"rollup-member-{m.Code}", m.Shown, m.Code, LevelCounts.Of(shown.Where(x => x.c.MemberCode == m.Code).Select(x => x.c.Report))))];
        board.Total = LevelCounts.Of(shown.Select(x => x.c.Report));
        return board;
    }

    private MatrixCell Cell(Dictionary<(int, int), ReportFacts> reports, MemberInfo member, CommitmentInfo commitment)
    {
        var report = reports.GetValueOrDefault((member.Id, commitment.Id)) ?? ReportFacts.Missing(Viewer, Cycle.Id, member.Id, commitment.Id);
        return new(member.Code, commitment.Code, commitment.Anchor, report, Page.Filter.Keeps(report), Viewer.LinkTo(report, Cycle.Code, commitment.PlanKey, commitment.Code, member.Code));
    }

    public sealed record MatrixPillar(PillarInfo Pillar, IReadOnlyList<MatrixRow> Rows);

    public sealed record MatrixRow(CommitmentInfo Commitment, IReadOnlyList<MatrixCell> Cells);

    /// <summary>One cell; <paramref name="Shown"/> is false when the level or state filter leaves it out.</summary>
    public sealed record MatrixCell(string MemberCode, string CommitmentCode, string CommitmentAnchor, ReportFacts Report, bool Shown, string? Link);
}
