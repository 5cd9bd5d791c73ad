using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Web.Pages.Admin.Plan;

/// <summary>A plan version as the draft and adoption pages show it: each commitment beside what it continues.</summary>
public sealed record DraftView(
    string Key, string Title, bool IsDraft, string? PreviousKey, string? PreviousTitle,
    IReadOnlyList<DraftView.PillarRow> Pillars, IReadOnlyList<DraftView.Item> Priorities,
    IReadOnlyList<DraftView.Item> PreviousCommitments, IReadOnlyList<DraftView.Item> Retired)
{
    public IEnumerable<CommitmentRow> Commitments => Pillars.SelectMany(p => p.Commitments);

    public static DraftView Of(ActionPlan plan)
    {
        var previous = plan.PreviousVersion;
        return new(
            plan.Key, plan.Title, plan.IsDraft, previous?.Key, previous?.Title,
            [.. plan.Pillars.OrderBy(p => p.Number).Select(p => new PillarRow(p.Numeral, p.Title,
                [.. p.Commitments.OrderBy(c => c.Number).Select(c => Row(plan, c))]))],
            [.. plan.Priorities.OrderBy(p => p.Number).Select(p => new Item(p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Title, p.Text))],
            previous is null ? [] : [.. Ordered(previous.Commitments).Select(c => new Item(c.Code, c.ShortTitle, c.Text))],
            [.. Ordered(PlanLineage.Retired(plan)).Select(c => new Item(c.Code, c.ShortTitle, c.Text))]);
    }

    private static IEnumerable<Commitment> Ordered(IEnumerable<Commitment> commitments) =>
        commitments.OrderBy(c => c.Pillar?.Number ?? 0).ThenBy(c => c.Number);

    private static CommitmentRow Row(ActionPlan plan, Commitment commitment) =>
        new(commitment.Code, commitment.ShortTitle, commitment.Text, PlanLineage.KindOf(plan, commitment),
            [.. Ordered(commitment.Predecessors.Select(l => l.Predecessor!)).Select(p => new Predecessor(p.Code, p.ShortTitle, p.Text, commitment.CarriedFrom.Contains(p)))]);

    public sealed record PillarRow(string Numeral, string Title, IReadOnlyList<CommitmentRow> Commitments);

    public sealed record CommitmentRow(string Code, string ShortTitle, string Text, LineageKind Kind, IReadOnlyList<Predecessor> Continues)
    {
        /// <summary>A merged commitment whose administrator has not chosen yet which predecessor's data it keeps.</summary>
        public bool Undecided => Kind == LineageKind.Merged && Continues.Count(c => c.Carries) > 1;
    }

    public sealed record Predecessor(string Code, string ShortTitle, string Text, bool Carries);

    public sealed record Item(string Code, string Title, string Text);
}
