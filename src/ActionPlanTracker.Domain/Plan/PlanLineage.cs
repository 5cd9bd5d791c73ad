namespace ActionPlanTracker.Domain;

/// <summary>How each commitment of a version relates to the version before it, read from the lineage alone.</summary>
public static class PlanLineage
{
    /// <summary>The kind of a commitment of <paramref name="version"/>: new, continued, reworded, split or merged.</summary>
    public static LineageKind KindOf(ActionPlan version, Commitment commitment)
    {
        var predecessors = commitment.Predecessors.Select(l => l.Predecessor!).ToList();
        if (predecessors.Count == 0)
        {
            return LineageKind.New;
        }

        if (predecessors.Count > 1)
        {
            return LineageKind.Merged;
        }

        var predecessor = predecessors[0];
        if (version.Commitments.Count(c => c.Predecessors.Any(l => l.Predecessor == predecessor)) > 1)
        {
            return LineageKind.Split;
        }

        return predecessor.ShortTitle == commitment.ShortTitle && predecessor.Text == commitment.Text ? LineageKind.Continued : LineageKind.Reworded;
    }

    /// <summary>The commitments of the version before <paramref name="version"/> that no commitment of it continues.</summary>
    public static IReadOnlyList<Commitment> Retired(ActionPlan version) =>
        version.PreviousVersion is not { } previous
            ? []
            : [.. previous.Commitments.Where(p => !version.Commitments.Any(c => c.Predecessors.Any(l => l.Predecessor == p)))];
}
