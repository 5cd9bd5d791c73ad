using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Summary.Documents;

/// <summary>
/// The data behind the summary, one row per member × commitment, every field: the CSV and the XLSX share it. Headers,
/// names and states in the document's language; narratives and the other texts members typed as written.
/// </summary>
public static class SummaryRows
{
    /// <summary>The columns, each named by <c>Column.{name}</c> in the summary's texts ("member_code", "code_membre").</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "Cycle", "MemberCode", "MemberName", "Pillar", "CommitmentCode", "CommitmentShortTitle", "Completion", "ReviewState",
        "Provisional", "ChangeSincePrevious", "Narrative", "NextSteps", "Challenges", "Evidence", "NotApplicableReason",
        "LastChangedAt", "LastChangedBy",
    ];

    public static IReadOnlyList<string> Header(IStringLocalizer t) => [.. Columns.Select(c => t[$"Column.{c}"].Value)];

    public static IEnumerable<IReadOnlyList<string>> Of(Summary summary, IStringLocalizer t) =>
        summary.Entries.Select(e => (IReadOnlyList<string>)
        [
            summary.Cycle, e.MemberCode, e.LocalMemberName(), e.Pillar, e.CommitmentCode, e.LocalShortTitle(), e.CompletionText(), e.StateText(t),
            e.IsProvisional ? t["Data.Yes"] : t["Data.No"], e.ChangeText(), e.Narrative, e.NextSteps, e.Challenges, string.Join('\n', e.Evidence),
            e.NotApplicableReason ?? "", e.LastChangedAt is { } at ? SummaryFormat.Time(at) : "", e.LastChangedBy ?? "",
        ]);
}
