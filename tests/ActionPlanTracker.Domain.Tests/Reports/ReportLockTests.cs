namespace ActionPlanTracker.Domain.Tests.Reports;

/// <summary>Whether a focal point may change a report: one rule, which every save obeys and every page words.</summary>
public sealed class ReportLockTests
{
    public static TheoryData<CycleState, ReviewState, ReportLock?> Locks => new()
    {
        { CycleState.Planned, ReviewState.Draft, ReportLock.CyclePlanned },
        { CycleState.Open, ReviewState.Draft, null },
        { CycleState.Open, ReviewState.Returned, null },
        { CycleState.Open, ReviewState.Submitted, ReportLock.Submitted },
        { CycleState.Open, ReviewState.Approved, ReportLock.Approved },
        { CycleState.UnderReview, ReviewState.Draft, null },
        { CycleState.UnderReview, ReviewState.Returned, null },
        { CycleState.UnderReview, ReviewState.Submitted, ReportLock.Submitted },
        { CycleState.UnderReview, ReviewState.Approved, ReportLock.Approved },
        { CycleState.Published, ReviewState.Draft, ReportLock.CyclePublished },
        { CycleState.Published, ReviewState.Approved, ReportLock.CyclePublished },
    };

    [Theory]
    [MemberData(nameof(Locks))]
    public void The_lock_follows_the_cycle_first_then_the_review(CycleState cycle, ReviewState state, ReportLock? expected) =>
        Assert.Equal(expected, ProgressReport.LockOf(cycle, state));

    /// <summary>Every combination: a save is refused exactly when the report has a lock, and the lock is the one it names.</summary>
    [Fact]
    public void A_save_is_refused_exactly_when_the_report_is_locked()
    {
        foreach (var state in Enum.GetValues<ReviewState>())
        {
            foreach (var cycleState in Enum.GetValues<CycleState>())
            {
                var cycle = A.OpenCycle().WithId(1);
                var report = A.ReportIn(state, cycle);
                if (cycleState == CycleState.UnderReview)
                {
                    cycle.StartReview();
                }
                else if (cycleState == CycleState.Published)
                {
                    cycle.StartReview();
                    cycle.Publish();
                }
                else if (cycleState == CycleState.Planned)
                {
                    cycle = A.Cycle().WithId(1);
                }

                var reason = report.ReadOnlyReason(cycle);
                var refusal = Record.Exception(() => report.SaveDraft(cycle, A.Content(narrative: "Changed."), A.Actor, A.At(9)));

                Assert.Equal(ProgressReport.LockOf(cycleState, state), reason);
                Assert.True((reason is null) == (refusal is null), $"{state} report in a {cycleState} cycle: lock {reason}, refusal {refusal?.Message}");
                Assert.True(refusal is null or DomainRuleException, refusal?.ToString());
            }
        }
    }

    [Fact]
    public void The_lock_is_asked_of_the_reports_own_cycle_only()
    {
        var report = A.ReportIn(ReviewState.Draft, A.OpenCycle().WithId(1));

        Assert.Throws<DomainRuleException>(() => report.ReadOnlyReason(A.OpenCycle("2025-H2").WithId(2)));
    }
}
