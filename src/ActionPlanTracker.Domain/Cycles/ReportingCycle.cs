namespace ActionPlanTracker.Domain;

/// <summary>
/// A half-year in which every member reports on every commitment, feeding one Heads of Delegation meeting.
/// </summary>
public sealed class ReportingCycle : IRecordsAuditAction
{
    private readonly List<CyclePlan> _plans = [];

    private AuditAction? _recorded;

    AuditAction? IRecordsAuditAction.RecordedAction => _recorded;

    void IRecordsAuditAction.ClearRecordedAction() => _recorded = null;

    private ReportingCycle() { }

    /// <summary>A planned cycle monitoring <paramref name="plans"/>: at least one, chosen when the cycle is created.</summary>
    public ReportingCycle(
        CycleCode code, DateOnly periodStart, DateOnly periodEnd, DateOnly submissionDeadline, DateOnly meetingDate, IEnumerable<ActionPlan> plans)
    {
        Code = code.ToString();
        SetDates(periodStart, periodEnd, submissionDeadline, meetingDate);
        foreach (var plan in plans.Distinct())
        {
            if (plan.IsDraft)
            {
                throw new DomainRuleException(DomainText.Format("Cycle.DraftPlan", plan.Key));
            }

            _plans.Add(new CyclePlan(this, plan));
        }

        if (_plans.Count == 0)
        {
            throw new DomainRuleException(DomainText.Format("Cycle.NoPlan", Code));
        }
    }

    public int Id { get; private set; }

    /// <summary>The cycle's name, such as <c>2025-H1</c>; unique.</summary>
    public string Code { get; private set; } = "";

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    public DateOnly SubmissionDeadline { get; private set; }

    /// <summary>The RLG Heads of Delegation meeting this cycle's reports are presented to.</summary>
    public DateOnly MeetingDate { get; private set; }

    public CycleState State { get; private set; } = CycleState.Planned;

    public uint Version { get; private set; }

    /// <summary>The plans the cycle monitors: opening it gives slots for their commitments, and no others.</summary>
    public IReadOnlyList<CyclePlan> Plans => _plans;

    public bool IsFrozen => State == CycleState.Published;

    /// <summary>Focal points file and the secretariat reviews while the cycle is open or under review.</summary>
    public bool AcceptsReports => State is CycleState.Open or CycleState.UnderReview;

    public CycleCode CycleCode => CycleCode.Parse(Code);

    public void Reschedule(DateOnly periodStart, DateOnly periodEnd, DateOnly submissionDeadline, DateOnly meetingDate)
    {
        EnsureNotFrozen();
        SetDates(periodStart, periodEnd, submissionDeadline, meetingDate);
        _recorded = AuditAction.Rescheduled;
    }

    public void Open() => MoveTo(CycleState.Open, from: CycleState.Planned, AuditAction.Opened);

    public void StartReview() => MoveTo(CycleState.UnderReview, from: CycleState.Open, AuditAction.ReviewStarted);

    public void Publish() => MoveTo(CycleState.Published, from: CycleState.UnderReview, AuditAction.Published);

    public void EnsureNotFrozen()
    {
        if (IsFrozen)
        {
            throw new DomainRuleException(DomainText.Format("Cycle.Frozen", Code));
        }
    }

    public void EnsureAcceptsReports()
    {
        EnsureNotFrozen();
        if (!AcceptsReports)
        {
            throw new DomainRuleException(DomainText.Format("Cycle.NotOpen", Code));
        }
    }

    private void MoveTo(CycleState target, CycleState from, AuditAction action)
    {
        EnsureNotFrozen();
        if (State != from)
        {
            throw new DomainRuleException(
                DomainText.Format("Cycle.WrongState", Code, Describe(State), Describe(from), Describe(target)));
        }

        State = target;
        _recorded = action;
    }

    /// <summary>How long after its half-year a cycle's deadline and meeting may fall.</summary>
    public const int MonthsAfterHalfYear = 12;

    private void SetDates(DateOnly periodStart, DateOnly periodEnd, DateOnly submissionDeadline, DateOnly meetingDate)
    {
        if (periodEnd <= periodStart)
        {
            throw new DomainRuleException(DomainText.Get("Cycle.PeriodEndsBeforeStart"));
        }

        // The code names the half-year: 2028-H2 reports on July to December 2028, not on any other time.
        var code = CycleCode;
        if (periodStart < code.PeriodStart || periodEnd > code.PeriodEnd)
        {
            throw new DomainRuleException(DomainText.Format("Cycle.PeriodOutsideHalfYear", Code, code.PeriodStart, code.PeriodEnd));
        }

        var latest = code.PeriodEnd.AddMonths(MonthsAfterHalfYear);
        if (submissionDeadline > latest || meetingDate > latest)
        {
            throw new DomainRuleException(DomainText.Format("Cycle.DatesTooLate", Code, latest));
        }

        if (submissionDeadline < periodStart)
        {
            throw new DomainRuleException(DomainText.Get("Cycle.DeadlineBeforePeriod"));
        }

        if (meetingDate < submissionDeadline)
        {
            throw new DomainRuleException(DomainText.Get("Cycle.MeetingBeforeDeadline"));
        }

        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        SubmissionDeadline = submissionDeadline;
        MeetingDate = meetingDate;
    }

    /// <summary>The state as a word inside a sentence: "under review", « en cours d’examen ».</summary>
    public static string Describe(CycleState state) => DomainText.Lower(state.Label());
}
