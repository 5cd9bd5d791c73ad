using ActionPlanTracker.Web.Charts;
using ActionPlanTracker.Web.Reading;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Summary.Documents;

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
            var names = SummaryFormat.LevelColumns;
            return [.. LevelCounts.Columns.Take(names.Count).Select((kind, i) => kind with { Label = names[i] })];
        }
    }

    public static IReadOnlyList<StackRow> ByPillar(Summary s, IStringLocalizer t) =>
        [.. s.Pillars.Select(p => new StackRow(t["Pillar.Short", p.Numeral], Summary.LevelCounts(p.Commitments.SelectMany(c => c.Entries))))];

    public static IReadOnlyList<StackRow> ByMember(Summary s) =>
        [.. s.Members.Select(m => new StackRow(m.Code, Summary.LevelCounts(s.Entries.Where(e => e.MemberCode == m.Code))))];
}
