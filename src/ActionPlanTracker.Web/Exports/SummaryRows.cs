namespace ActionPlanTracker.Web.Exports;

/// <summary>The data behind the summary, one row per member × commitment, every field: the CSV and the XLSX share it.</summary>
public static class SummaryRows
{
    public static IReadOnlyList<string> Header { get; } =
    [
        "cycle", "member_code", "member_name", "pillar", "commitment_code", "commitment_short_title", "completion", "review_state",
        "provisional", "change_since_previous", "narrative", "next_steps", "challenges", "evidence", "not_applicable_reason",
        "last_changed_at", "last_changed_by",
    ];

    public static IEnumerable<IReadOnlyList<string>> Of(Summary summary) =>
        summary.Entries.Select(e => (IReadOnlyList<string>)
        [
            summary.Cycle, e.MemberCode, e.MemberName, e.Pillar, e.CommitmentCode, e.ShortTitle, e.CompletionText, e.StateText,
            e.IsProvisional ? "yes" : "no", e.ChangeText, e.Narrative, e.NextSteps, e.Challenges, string.Join('\n', e.Evidence),
            e.NotApplicableReason ?? "", e.LastChangedAt is { } at ? SummaryText.Time(at) : "", e.LastChangedBy ?? "",
        ]);
}
