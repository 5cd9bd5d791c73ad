using System.Globalization;
using ActionPlanTracker.Web.Charts;
using ActionPlanTracker.Web.Reading;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Exports;

/// <summary>
/// The dashboard's two stacked-bar charts of the overview (by pillar, by member) as data the PDF and DOCX writers
/// draw: the same kinds, colours and order as the HTML preview.
/// </summary>
public static class SummaryCharts
{
    /// <summary>
    /// The completion levels and "No report", with the dashboard's fill and text colours, named in the current
    /// language: the document's, which need not be the reader's.
    /// </summary>
    public static IReadOnlyList<StackKind> Kinds
    {
        get
        {
            var names = SummaryText.LevelColumns;
            return [.. LevelCounts.Columns.Take(names.Count).Select((kind, i) => kind with { Label = names[i] })];
        }
    }

    public static IReadOnlyList<StackRow> ByPillar(Summary s, IStringLocalizer t) =>
        [.. s.Pillars.Select(p => new StackRow(t["Pillar.Short", p.Numeral], Summary.LevelCounts(p.Commitments.SelectMany(c => c.Entries))))];

    public static IReadOnlyList<StackRow> ByMember(Summary s) =>
        [.. s.Members.Select(m => new StackRow(m.Code, Summary.LevelCounts(s.Entries.Where(e => e.MemberCode == m.Code))))];

    /// <summary>The longest bar, at least 1, which every bar is scaled against.</summary>
    public static int Max(IReadOnlyList<StackRow> rows) => Math.Max(1, rows.Count == 0 ? 0 : rows.Max(r => r.Counts.Sum()));

    /// <summary>"#a33a3a" as its red, green and blue bytes.</summary>
    public static (byte R, byte G, byte B) Rgb(string hex) => (Channel(hex, 1), Channel(hex, 3), Channel(hex, 5));

    /// <summary>"#a33a3a" as Word writes it: "A33A3A".</summary>
    public static string WordColour(string hex) => hex.TrimStart('#').ToUpperInvariant();

    private static byte Channel(string hex, int start) => byte.Parse(hex.AsSpan(start, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
