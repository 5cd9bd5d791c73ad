namespace ActionPlanTracker.Domain;

/// <summary>
/// One member's report on one commitment in one cycle, with its review workflow.
/// Every save and every state move appends a <see cref="ReportRevision"/>.
/// </summary>
public sealed class ProgressReport : IRecordsAuditAction
{
    private readonly List<ReportRevision> _revisions = [];

    private ProgressReport() { }

    private AuditAction? _recorded;

    AuditAction? IRecordsAuditAction.RecordedAction => _recorded;

    void IRecordsAuditAction.ClearRecordedAction() => _recorded = null;

    /// <summary>An empty slot, created for every member and commitment when a cycle opens.</summary>
    public ProgressReport(int cycleId, int memberId, int commitmentId)
    {
        CycleId = cycleId;
        MemberId = memberId;
        CommitmentId = commitmentId;
    }

    public int Id { get; private set; }

    public int CycleId { get; private set; }

    public int MemberId { get; private set; }

    public int CommitmentId { get; private set; }

    /// <summary>
    /// The report's cycle, member and commitment, for queries to read through (<c>r.Member!.Code</c>) instead of
    /// joining by hand; loaded only when a query asks. The domain's rules use the ids.
    /// </summary>
    public ReportingCycle? Cycle { get; private set; }

    /// <inheritdoc cref="Cycle"/>
    public Member? Member { get; private set; }

    /// <inheritdoc cref="Cycle"/>
    public Commitment? Commitment { get; private set; }

    public ReviewState State { get; private set; } = ReviewState.Draft;

    public Completion? Completion { get; private set; }

    public string Narrative { get; private set; } = "";

    public string NextSteps { get; private set; } = "";

    public string Challenges { get; private set; } = "";

    public IReadOnlyList<string> Evidence { get; private set; } = [];

    public string? NotApplicableReason { get; private set; }

    /// <summary>The secretariat's comment on the last return; cleared when the report is approved.</summary>
    public string? ReviewComment { get; private set; }

    public string? LastChangedBy { get; private set; }

    public DateTimeOffset? LastChangedAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>How many times the secretariat returned the report: more than none makes a later submission a resubmission.</summary>
    public int ReturnCount { get; private set; }

    /// <summary>
    /// Whether the level or any text changed since the report was last returned (false while it never was); a change undone
    /// by hand still counts as a change. Attachments and indicator values are not looked at.
    /// </summary>
    public bool ChangedSinceReturn { get; private set; }

    /// <summary>Started from the previous cycle's report (carried forward) and not edited since: the same words as then.</summary>
    public bool CarriedUnedited { get; private set; }

    /// <summary>Returned (or resubmitted) with its level and text as they were when the secretariat returned it.</summary>
    public bool UnchangedSinceReturn => ReturnCount > 0 && !ChangedSinceReturn;

    /// <summary>How many revisions the report has, so a save numbers the next one without loading them all.</summary>
    public int RevisionCount { get; private set; }

    /// <summary>The revisions loaded with the report (<c>Include</c>) and those this unit of work appended; never changed.</summary>
    public IReadOnlyList<ReportRevision> Revisions => _revisions;

    public ReportContent Content => new(Completion, Narrative, NextSteps, Challenges, Evidence, NotApplicableReason);

    /// <summary>True once anything was saved; an untouched slot shows as "No report".</summary>
    public bool HasContent => LastChangedAt is not null;

    public bool IsLocked => State == ReviewState.Approved;

    /// <summary>Saves the focal point's text. Allowed on a draft or a returned report while the cycle accepts reports.</summary>
    public void SaveDraft(ReportingCycle cycle, ReportContent content, string actor, DateTimeOffset at)
    {
        EnsureActor(actor);
        EnsureEditable(cycle);
        var normalised = content.Normalised();
        if (normalised != Content)
        {
            ChangedSinceReturn = ReturnCount > 0;
            CarriedUnedited = false;
        }

        Apply(normalised);
        Record(RevisionAction.Saved, comment: null, actor, at);
    }

    /// <summary>
    /// Starts this cycle's report from what the member reported in an earlier cycle on the same commitment or, where the
    /// plan was revised in between, on the commitment this one carries from (<paramref name="carriesFrom"/>, its lineage).
    /// </summary>
    public void CarryForward(ReportingCycle cycle, ProgressReport previous, string actor, DateTimeOffset at, int? carriesFrom = null)
    {
        EnsureActor(actor);
        EnsureEditable(cycle);
        if (previous.MemberId != MemberId || (previous.CommitmentId != CommitmentId && previous.CommitmentId != carriesFrom) || previous.CycleId == CycleId)
        {
            throw new DomainRuleException(DomainText.Get("Report.CarryForwardSameReportOnly"));
        }

        if (HasContent)
        {
            throw new DomainRuleException(DomainText.Get("Report.CarryForwardWouldOverwrite"));
        }

        if (!previous.HasContent)
        {
            throw new DomainRuleException(DomainText.Get("Report.NothingToCarryForward"));
        }

        Apply(previous.Content.Normalised());
        CarriedUnedited = true;
        Record(RevisionAction.CarriedForward, comment: null, actor, at);
    }

    /// <summary>
    /// Sends the report to the secretariat. A returned report whose level and text did not change since it was returned
    /// goes again only when the focal point says so (<paramref name="resendUnchanged"/>).
    /// </summary>
    public void Submit(ReportingCycle cycle, string actor, DateTimeOffset at, bool resendUnchanged = false)
    {
        EnsureActor(actor);
        EnsureSameCycle(cycle);
        cycle.EnsureAcceptsReports();
        if (WhyNotSubmittable(resendUnchanged) is { } refusal)
        {
            throw new DomainRuleException(refusal);
        }

        State = ReviewState.Submitted;
        Record(RevisionAction.Submitted, comment: null, actor, at);
    }

    /// <summary>
    /// Why <see cref="Submit"/> would refuse the report in a cycle that accepts reports (its state, what is missing, a
    /// return not answered), or null when it would send it: the reason a page shows before anyone presses a button.
    /// </summary>
    public string? WhyNotSubmittable(bool resendUnchanged = false)
    {
        if (State is not (ReviewState.Draft or ReviewState.Returned))
        {
            return DomainText.Format("Report.CannotSubmitInState", DomainText.Lower(State.Label()));
        }

        if (Content.MissingForSubmission() is { } missing)
        {
            return missing;
        }

        return State == ReviewState.Returned && !ChangedSinceReturn && !resendUnchanged ? DomainText.Get("Report.ReturnedUnchanged") : null;
    }

    public void Return(ReportingCycle cycle, string comment, string actor, DateTimeOffset at)
    {
        EnsureActor(actor);
        EnsureUnderReviewBySecretariat(cycle);
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainRuleException(DomainText.Get("Report.ReturnNeedsComment"));
        }

        State = ReviewState.Returned;
        ReviewComment = comment;
        ReturnCount++;
        ChangedSinceReturn = false;
        Record(RevisionAction.Returned, comment, actor, at);
    }

    public void Approve(ReportingCycle cycle, string actor, DateTimeOffset at)
    {
        EnsureActor(actor);
        EnsureUnderReviewBySecretariat(cycle);
        State = ReviewState.Approved;
        ReviewComment = null;
        Record(RevisionAction.Approved, comment: null, actor, at);
    }

    /// <summary>
    /// Why the focal point may not change a report of this state in a cycle of that state, or null when it may: a draft
    /// or returned report in a cycle that accepts reports (open or under review).
    /// </summary>
    public static ReportLock? LockOf(CycleState cycle, ReviewState state) => (cycle, state) switch
    {
        (CycleState.Published, _) => ReportLock.CyclePublished,
        (CycleState.Planned, _) => ReportLock.CyclePlanned,
        (_, ReviewState.Approved) => ReportLock.Approved,
        (_, ReviewState.Submitted) => ReportLock.Submitted,
        _ => null,
    };

    /// <summary>Why the focal point may not change this report now, or null when it may (<see cref="LockOf"/>).</summary>
    public ReportLock? ReadOnlyReason(ReportingCycle cycle)
    {
        EnsureSameCycle(cycle);
        return LockOf(cycle.State, State);
    }

    /// <summary>Refuses, saying why, unless the focal point may still change the report (<see cref="ReadOnlyReason"/>).</summary>
    public void EnsureEditable(ReportingCycle cycle)
    {
        switch (ReadOnlyReason(cycle))
        {
            case ReportLock.CyclePlanned or ReportLock.CyclePublished:
                cycle.EnsureAcceptsReports();
                throw new DomainRuleException(DomainText.Format("Cycle.NotOpen", cycle.Code));
            case ReportLock.Approved:
                throw new DomainRuleException(DomainText.Get("Report.ApprovedLocked"));
            case ReportLock.Submitted:
                throw new DomainRuleException(DomainText.Get("Report.WithSecretariat"));
            default:
                break;
        }
    }

    private void EnsureUnderReviewBySecretariat(ReportingCycle cycle)
    {
        EnsureSameCycle(cycle);
        cycle.EnsureAcceptsReports();
        if (State != ReviewState.Submitted)
        {
            throw new DomainRuleException(DomainText.Format("Report.OnlySubmittedReviewed", DomainText.Lower(State.Label())));
        }
    }

    private void EnsureSameCycle(ReportingCycle cycle)
    {
        if (cycle.Id != CycleId)
        {
            throw new DomainRuleException(DomainText.Get("Report.WrongCycle"));
        }
    }

    private void Apply(ReportContent content)
    {
        Completion = content.Completion;
        Narrative = content.Narrative;
        NextSteps = content.NextSteps;
        Challenges = content.Challenges;
        Evidence = [.. content.Evidence];
        NotApplicableReason = content.NotApplicableReason;
    }

    // Checked before anything changes, so a refused call leaves the report as it was.
    private static void EnsureActor(string actor)
    {
        if (string.IsNullOrWhiteSpace(actor))
        {
            throw new DomainRuleException(DomainText.Get("Change.ActorMissing"));
        }
    }

    private void Record(RevisionAction action, string? comment, string actor, DateTimeOffset at)
    {
        LastChangedBy = actor;
        LastChangedAt = at;
        RevisionCount++;
        _revisions.Add(new ReportRevision(RevisionCount, action, State, Content, comment, actor, at));
        _recorded = action.Audited();
    }
}
