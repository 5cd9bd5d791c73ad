using System.Globalization;

namespace ActionPlanTracker.Domain.Tests.Cycles;

public sealed class ReportingCycleTests
{
    private static readonly DateOnly Start = new(2025, 1, 1);
    private static readonly DateOnly End = new(2025, 6, 30);
    private static readonly DateOnly Deadline = new(2025, 7, 15);
    private static readonly DateOnly Meeting = new(2025, 9, 1);

    [Fact]
    public void New_cycle_is_planned_with_its_code_and_dates()
    {
        var cycle = new ReportingCycle(CycleCode.Of(2025, 1), Start, End, Deadline, Meeting, [A.Plan()]);

        Assert.Equal("2025-H1", cycle.Code);
        Assert.Equal(CycleCode.Of(2025, 1), cycle.CycleCode);
        Assert.Equal((Start, End, Deadline, Meeting), (cycle.PeriodStart, cycle.PeriodEnd, cycle.SubmissionDeadline, cycle.MeetingDate));
        Assert.Equal(CycleState.Planned, cycle.State);
        Assert.False(cycle.IsFrozen);
        Assert.False(cycle.AcceptsReports);
    }

    [Fact]
    public void A_cycle_monitors_the_plans_chosen_each_once()
    {
        var smuggling = A.Plan("g7-smuggling");
        var trafficking = A.Plan("g7-trafficking");

        var cycle = new ReportingCycle(CycleCode.Of(2025, 1), Start, End, Deadline, Meeting, [smuggling, trafficking, smuggling]);

        Assert.Equal([smuggling, trafficking], cycle.Plans.Select(p => p.Plan));
        Assert.All(cycle.Plans, p => Assert.Same(cycle, p.Cycle));
    }

    [Fact]
    public void A_cycle_on_no_plan_is_refused()
    {
        var refused = Assert.Throws<DomainRuleException>(() => new ReportingCycle(CycleCode.Of(2025, 1), Start, End, Deadline, Meeting, []));

        Assert.Equal("Cycle 2025-H1 must monitor at least one plan.", refused.Message);
    }

    [Fact]
    public void Deadline_on_the_first_day_and_meeting_on_the_deadline_are_allowed()
    {
        var cycle = new ReportingCycle(CycleCode.Of(2025, 1), Start, End, Start, Start, [A.Plan()]);

        Assert.Equal(Start, cycle.SubmissionDeadline);
        Assert.Equal(Start, cycle.MeetingDate);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Period_that_does_not_end_after_it_starts_is_refused(int daysAfterStart)
    {
        var error = Assert.Throws<DomainRuleException>(
            () => new ReportingCycle(CycleCode.Of(2025, 1), Start, Start.AddDays(daysAfterStart), Deadline, Meeting, [A.Plan()]));

        Assert.Contains("end after it starts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadline_before_the_period_starts_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(
            () => new ReportingCycle(CycleCode.Of(2025, 1), Start, End, Start.AddDays(-1), Meeting, [A.Plan()]));

        Assert.Contains("deadline", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Meeting_before_the_deadline_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(
            () => new ReportingCycle(CycleCode.Of(2025, 1), Start, End, Deadline, Deadline.AddDays(-1), [A.Plan()]));

        Assert.Contains("meeting", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CycleState.Planned)]
    [InlineData(CycleState.Open)]
    [InlineData(CycleState.UnderReview)]
    public void Reschedule_sets_new_dates_until_the_cycle_is_published(CycleState state)
    {
        var cycle = A.CycleIn(state);

        cycle.Reschedule(Start, End, Deadline.AddDays(7), Meeting.AddDays(7));

        Assert.Equal(Deadline.AddDays(7), cycle.SubmissionDeadline);
        Assert.Equal(Meeting.AddDays(7), cycle.MeetingDate);
        Assert.Equal(state, cycle.State);
    }

    [Fact]
    public void Reschedule_is_refused_when_the_cycle_is_published()
    {
        var cycle = A.CycleIn(CycleState.Published);
        var deadline = cycle.SubmissionDeadline;

        var error = Assert.Throws<DomainRuleException>(
            () => cycle.Reschedule(Start, End, Deadline.AddDays(7), Meeting.AddDays(7)));

        Assert.Contains("frozen", error.Message, StringComparison.Ordinal);
        Assert.Equal(deadline, cycle.SubmissionDeadline);
    }

    [Fact]
    public void Reschedule_with_bad_dates_is_refused_and_keeps_the_old_dates()
    {
        var cycle = A.Cycle();
        var before = (cycle.PeriodStart, cycle.PeriodEnd, cycle.SubmissionDeadline, cycle.MeetingDate);

        var error = Assert.Throws<DomainRuleException>(
            () => cycle.Reschedule(Start, End, Deadline, Deadline.AddDays(-1)));

        Assert.Contains("meeting", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, (cycle.PeriodStart, cycle.PeriodEnd, cycle.SubmissionDeadline, cycle.MeetingDate));
    }

    [Fact]
    public void Cycle_moves_planned_open_under_review_published()
    {
        var cycle = A.Cycle();

        cycle.Open();
        Assert.Equal(CycleState.Open, cycle.State);
        Assert.True(cycle.AcceptsReports);

        cycle.StartReview();
        Assert.Equal(CycleState.UnderReview, cycle.State);
        Assert.True(cycle.AcceptsReports);
        Assert.False(cycle.IsFrozen);

        cycle.Publish();
        Assert.Equal(CycleState.Published, cycle.State);
        Assert.False(cycle.AcceptsReports);
        Assert.True(cycle.IsFrozen);
    }

    [Theory]
    [InlineData(CycleState.Planned, "StartReview", "only a cycle that is open can become under review")]
    [InlineData(CycleState.Planned, "Publish", "only a cycle that is under review can become published")]
    [InlineData(CycleState.Open, "Open", "only a cycle that is planned can become open")]
    [InlineData(CycleState.Open, "Publish", "only a cycle that is under review can become published")]
    [InlineData(CycleState.UnderReview, "Open", "only a cycle that is planned can become open")]
    [InlineData(CycleState.UnderReview, "StartReview", "only a cycle that is open can become under review")]
    public void Move_out_of_order_is_refused_and_says_which_state_it_needs(CycleState state, string move, string expected)
    {
        var cycle = A.CycleIn(state);

        var error = Assert.Throws<DomainRuleException>(() => Move(cycle, move));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(state, cycle.State);
    }

    [Theory]
    [InlineData("Open")]
    [InlineData("StartReview")]
    [InlineData("Publish")]
    public void Published_cycle_refuses_every_move_because_it_is_frozen(string move)
    {
        var cycle = A.CycleIn(CycleState.Published);

        var error = Assert.Throws<DomainRuleException>(() => Move(cycle, move));

        Assert.Contains("frozen", error.Message, StringComparison.Ordinal);
        Assert.Equal(CycleState.Published, cycle.State);
    }

    [Theory]
    [InlineData(CycleState.Open)]
    [InlineData(CycleState.UnderReview)]
    public void Open_or_under_review_cycle_accepts_reports(CycleState state)
    {
        var cycle = A.CycleIn(state);

        Assert.Null(Record.Exception(cycle.EnsureAcceptsReports));
    }

    [Fact]
    public void Planned_cycle_refuses_reports_as_not_open_yet()
    {
        var error = Assert.Throws<DomainRuleException>(A.Cycle().EnsureAcceptsReports);

        Assert.Contains("not open yet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Published_cycle_refuses_reports_as_frozen()
    {
        var error = Assert.Throws<DomainRuleException>(A.CycleIn(CycleState.Published).EnsureAcceptsReports);

        Assert.Contains("frozen", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CycleState.Planned)]
    [InlineData(CycleState.Open)]
    [InlineData(CycleState.UnderReview)]
    public void Cycle_that_is_not_published_is_not_frozen(CycleState state)
    {
        Assert.Null(Record.Exception(A.CycleIn(state).EnsureNotFrozen));
    }

    [Fact]
    public void Published_cycle_is_frozen()
    {
        var error = Assert.Throws<DomainRuleException>(A.CycleIn(CycleState.Published).EnsureNotFrozen);

        Assert.Contains("2025-H1 is published and frozen", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CycleState.Planned, "planned")]
    [InlineData(CycleState.Open, "open")]
    [InlineData(CycleState.UnderReview, "under review")]
    [InlineData(CycleState.Published, "published")]
    public void Describe_names_each_state_in_words(CycleState state, string expected)
    {
        Assert.Equal(expected, ReportingCycle.Describe(state));
    }

    private static void Move(ReportingCycle cycle, string move)
    {
        switch (move)
        {
            case "Open":
                cycle.Open();
                break;
            case "StartReview":
                cycle.StartReview();
                break;
            case "Publish":
                cycle.Publish();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(move), move, "Unknown move.");
        }
    }

    [Theory]
    [InlineData("2024-12-31", "2025-06-30")]
    [InlineData("2025-01-01", "2025-07-01")]
    [InlineData("0001-01-01", "9999-12-31")]
    [InlineData("2025-07-01", "2025-12-31")]
    public void The_period_must_fall_within_the_half_year_the_code_names(string start, string end)
    {
        var refusal = Assert.Throws<DomainRuleException>(
            () => new ReportingCycle(CycleCode.Of(2025, 1), DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture), new(2025, 7, 15), new(2025, 9, 1), [A.Plan()]));

        Assert.Equal("The reporting period of 2025-H1 must fall within its half-year, from 2025-01-01 to 2025-06-30.", refusal.Message);
    }

    [Fact]
    public void A_shorter_period_inside_the_half_year_is_allowed()
    {
        var cycle = new ReportingCycle(CycleCode.Of(2025, 2), new(2025, 8, 1), new(2025, 11, 30), new(2026, 1, 15), new(2026, 3, 1), [A.Plan()]);

        Assert.Equal(new DateOnly(2025, 8, 1), cycle.PeriodStart);
    }

    [Theory]
    [InlineData("2026-07-01", "2026-07-01")]
    [InlineData("2025-07-15", "2026-07-01")]
    [InlineData("2025-07-15", "9999-12-31")]
    public void The_deadline_and_the_meeting_fall_within_a_year_of_the_half_years_end(string deadline, string meeting)
    {
        var refusal = Assert.Throws<DomainRuleException>(
            () => new ReportingCycle(CycleCode.Of(2025, 1), Start, End, DateOnly.Parse(deadline, CultureInfo.InvariantCulture), DateOnly.Parse(meeting, CultureInfo.InvariantCulture), [A.Plan()]));

        Assert.Equal("The submission deadline and the meeting of 2025-H1 must fall by 2026-06-30, a year after its half-year ends.", refusal.Message);
    }

    [Fact]
    public void Rescheduling_keeps_the_period_within_the_half_year()
    {
        var cycle = new ReportingCycle(CycleCode.Of(2025, 1), Start, End, Deadline, Meeting, [A.Plan()]);

        Assert.Throws<DomainRuleException>(() => cycle.Reschedule(Start, new(2025, 12, 31), Deadline, Meeting));
        Assert.Equal(End, cycle.PeriodEnd);
    }
}
