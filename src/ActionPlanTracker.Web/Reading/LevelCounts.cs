using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Charts;

namespace ActionPlanTracker.Web.Reading;

/// <summary>
/// A roll-up of reports by completion level. Share of high completion: Substantial or Complete, out of the reports
/// that apply: Not applicable is left out, a missing report or level counts as not high, and reports the reader may
/// not see are left out.
/// </summary>
/// <remarks><c>Written</c> counts the reports shown that have content; <c>Approved</c> those of them the secretariat approved.</remarks>
public sealed record LevelCounts(
    int NotStarted, int Limited, int Substantial, int Complete, int NotApplicable, int NoLevel, int NotApproved, int Written = 0, int Approved = 0)
{
    /// <summary>
    /// The columns in the order every roll-up table and chart uses, with their colours: the scale
    /// (<see cref="CompletionScale.All"/>), then the absences. <see cref="StatusWords.Kinds"/> names them.
    /// </summary>
    public static IReadOnlyList<StackKind> Columns { get; } =
    [
        new("notstarted", "", "#a33a3a", "#ffffff"),
        new("limited", "", "#a05f00", "#ffffff"),
        new("substantial", "", "#0b5cad", "#ffffff"),
        new("complete", "", "#1e6b2a", "#ffffff"),
        new("notapplicable", "", "#667079", "#ffffff"),
        new("none", "", "#e3e7eb", "#1b1f24"),
        new("hidden", "", "#f4f6f8", "#1b1f24"),
    ];

    /// <summary>One pass over the reports: the dashboard counts every cell three times (total, pillar, member).</summary>
    public static LevelCounts Of(IEnumerable<ReportFacts> reports)
    {
        Span<int> counts = stackalloc int[9];
        foreach (var report in reports)
        {
            Add(counts, report, 1);
        }

        return new(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7], counts[8]);
    }

    /// <summary>Reports already counted in SQL: each stands for <c>Count</c> alike.</summary>
    public static LevelCounts OfTallies(IEnumerable<(ReportFacts Report, int Count)> tallies)
    {
        Span<int> counts = stackalloc int[9];
        foreach (var (report, count) in tallies)
        {
            Add(counts, report, count);
        }

        return new(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7], counts[8]);
    }

    private static void Add(Span<int> counts, ReportFacts report, int count)
    {
        var column = report.LevelKey switch
        {
            "notstarted" => 0,
            "limited" => 1,
            "substantial" => 2,
            "complete" => 3,
            "notapplicable" => 4,
            "none" => 5,
            "hidden" => 6,
            _ => -1,
        };
        if (column >= 0)
        {
            counts[column] += count;
        }

        if (report is { Visible: true, HasContent: true })
        {
            counts[7] += count;
            if (report.State == ReviewState.Approved)
            {
                counts[8] += count;
            }
        }
    }

    public IReadOnlyList<int> Counts => [NotStarted, Limited, Substantial, Complete, NotApplicable, NoLevel, NotApproved];

    public int Total => Counts.Sum();

    /// <summary>What the reader sees: every slot but the reports of other members not yet approved.</summary>
    public int Shown => Total - NotApproved;

    public int High => Substantial + Complete;

    public int Applicable => Total - NotApplicable - NotApproved;

    public double? ShareHigh => Applicable == 0 ? null : (double)High / Applicable;

    public string ShareText => ShareHigh is { } share ? Svg.Percent(share) : "—";
}

/// <summary>One row of a roll-up: what it counts (a pillar, a member, a cycle), a short label for charts, and the counts.</summary>
public sealed record RollupRow(string Id, string Label, string ShortLabel, LevelCounts Counts);

/// <summary>A roll-up table as the <c>_Rollup</c> partial draws it.</summary>
public sealed record RollupTable(string Caption, string RowHeading, IReadOnlyList<RollupRow> Rows, RollupRow? Total, bool ShowsHidden);
