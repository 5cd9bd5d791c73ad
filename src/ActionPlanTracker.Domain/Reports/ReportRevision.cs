namespace ActionPlanTracker.Domain;

/// <summary>
/// An immutable snapshot of a report after one save or one state move: who, when, what.
/// Revisions are never changed or deleted, so a report can be read as it was at any moment.
/// </summary>
public sealed class ReportRevision
{
    private ReportRevision() { }

    internal ReportRevision(int number, RevisionAction action, ReviewState state, ReportContent content, string? comment, string actor, DateTimeOffset at)
    {
        Number = number;
        Action = action;
        State = state;
        Completion = content.Completion;
        Narrative = content.Narrative;
        NextSteps = content.NextSteps;
        Challenges = content.Challenges;
        Evidence = [.. content.Evidence];
        NotApplicableReason = content.NotApplicableReason;
        Comment = comment;
        Actor = actor;
        At = at;
    }

    public long Id { get; private set; }

    public int ProgressReportId { get; private set; }

    /// <summary>The report this belongs to, for queries to read through instead of joining by hand; loaded only when a query asks.</summary>
    public ProgressReport? Report { get; private set; }

    /// <summary>1, 2, 3… within the report.</summary>
    public int Number { get; private set; }

    public RevisionAction Action { get; private set; }

    /// <summary>The report's review state after this revision.</summary>
    public ReviewState State { get; private set; }

    public Completion? Completion { get; private set; }

    public string Narrative { get; private set; } = "";

    public string NextSteps { get; private set; } = "";

    public string Challenges { get; private set; } = "";

    public IReadOnlyList<string> Evidence { get; private set; } = [];

    public string? NotApplicableReason { get; private set; }

    /// <summary>The secretariat's comment when the report was returned.</summary>
    public string? Comment { get; private set; }

    public string Actor { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public ReportContent Content => new(Completion, Narrative, NextSteps, Challenges, Evidence, NotApplicableReason);
}
