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

    /// <summary>The CSV's header: machine names for scripts ("member_code", "code_membre").</summary>
    public static IReadOnlyList<string> Header(IStringLocalizer t) => [.. Columns.Select(c => t[$"Column.{c}"].Value)];

    /// <summary>The workbook's header: names for people, in its language ("Member code", « Code du membre »).</summary>
    public static IReadOnlyList<string> Headings(IStringLocalizer t) => [.. Columns.Select(c => t[$"Heading.{c}"].Value)];

    /// <summary>The rows as the CSV writes them: every value as text.</summary>
    public static IEnumerable<IReadOnlyList<string>> Of(Summary summary, IStringLocalizer t) =>
        Typed(summary, t).Select(row => (IReadOnlyList<string>)[.. row.Select(v => v is DateTimeOffset at ? SummaryFormat.Time(at) : v as string ?? "")]);

    /// <summary>The rows with their types: the time of the last change a <see cref="DateTimeOffset"/>, what is absent null.</summary>
    public static IEnumerable<IReadOnlyList<object?>> Typed(Summary summary, IStringLocalizer t) =>
        summary.Entries.Select(e => (IReadOnlyList<object?>)
        [
            summary.Cycle, e.MemberCode, e.LocalMemberName(), e.Pillar, e.CommitmentCode, e.LocalShortTitle(), e.CompletionText(), e.StateText(t),
            e.IsProvisional ? t["Data.Yes"].Value : t["Data.No"].Value, e.ChangeText(), e.Narrative, e.NextSteps, e.Challenges, string.Join('\n', e.Evidence),
            e.NotApplicableReason, e.LastChangedAt, e.LastChangedBy,
        ]);
}
