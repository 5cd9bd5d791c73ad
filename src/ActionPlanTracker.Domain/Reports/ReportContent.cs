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

    /// <summary>Why the content cannot be submitted yet (the first reason), or null when it can.</summary>
    public string? MissingForSubmission() => Missing() is [var first, ..] ? first.Message : null;

    /// <summary>
    /// Every reason the content cannot be submitted yet, each with the field it is about, so a form can say them all at
    /// once: a level, and then the narrative, or for Not applicable the reason. None when it can be submitted.
    /// </summary>
    public IReadOnlyList<MissingField> Missing()
    {
        var missing = new List<MissingField>();
        if (Completion is null)
        {
            missing.Add(new(nameof(Completion), DomainText.Get("Report.ChooseCompletion")));
        }

        if (Completion == Domain.Completion.NotApplicable)
        {
            if (string.IsNullOrWhiteSpace(NotApplicableReason))
            {
                missing.Add(new(nameof(NotApplicableReason), DomainText.Get("Report.NotApplicableNeedsReason")));
            }
        }
        else if (string.IsNullOrWhiteSpace(Narrative))
        {
            missing.Add(new(nameof(Narrative), DomainText.Get("Report.DescribeWhatWasDone")));
        }

        return missing;
    }

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

/// <summary>A field a report lacks before it can be submitted (<see cref="ReportContent.Missing"/>), and why.</summary>
public sealed record MissingField(string Field, string Message);
