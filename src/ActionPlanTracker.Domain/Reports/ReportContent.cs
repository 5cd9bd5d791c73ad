namespace ActionPlanTracker.Domain;

/// <summary>What a focal point writes in a report. Long text is kept exactly as typed.</summary>
public sealed record ReportContent(
    Completion? Completion,
    string Narrative,
    string NextSteps,
    string Challenges,
    IReadOnlyList<string> Evidence,
    string? NotApplicableReason)
{
    public static ReportContent Empty { get; } = new(null, "", "", "", [], null);

    /// <summary>True when the content can go to the secretariat: a level, and either a narrative or, for Not applicable, the reason.</summary>
    public bool IsReadyToSubmit => MissingForSubmission() is null;

    /// <summary>Why the content cannot be submitted yet, or null when it can.</summary>
    public string? MissingForSubmission() => Completion switch
    {
        null => DomainText.Get("Report.ChooseCompletion"),
        Domain.Completion.NotApplicable when string.IsNullOrWhiteSpace(NotApplicableReason) =>
            DomainText.Get("Report.NotApplicableNeedsReason"),
        Domain.Completion.NotApplicable => null,
        _ when string.IsNullOrWhiteSpace(Narrative) => DomainText.Get("Report.DescribeWhatWasDone"),
        _ => null,
    };

    public bool Equals(ReportContent? other) =>
        other is not null
        && Completion == other.Completion
        && Narrative == other.Narrative
        && NextSteps == other.NextSteps
        && Challenges == other.Challenges
        && NotApplicableReason == other.NotApplicableReason
        && Evidence.SequenceEqual(other.Evidence);

    public override int GetHashCode() => HashCode.Combine(Completion, Narrative, NextSteps, Challenges, NotApplicableReason, Evidence.Count);

    /// <summary>
    /// Checks the rules every save obeys and returns the content as it will be stored: a reason belongs to Not
    /// applicable only. The import compares what a row would store with what is stored through it.
    /// </summary>
    public ReportContent Normalised()
    {
        if (Completion is { } level && !Enum.IsDefined(level))
        {
            throw new DomainRuleException(DomainText.Get("Report.UnknownCompletion"));
        }

        if (Completion == Domain.Completion.NotApplicable)
        {
            if (string.IsNullOrWhiteSpace(NotApplicableReason))
            {
                throw new DomainRuleException(DomainText.Get("Report.NotApplicableNeedsReason"));
            }

            return this;
        }

        // A reason only belongs to Not applicable; keeping a stale one would mislead the reader.
        return NotApplicableReason is null ? this : this with { NotApplicableReason = null };
    }
}
