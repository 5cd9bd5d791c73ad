namespace ActionPlanTracker.Domain.Tests;

/// <summary>Builders that keep each test about the one rule it checks.</summary>
internal static class A
{
    public const string Actor = "focal.point@example.org";

    public const string Secretariat = "secretariat@example.org";

    public const string Narrative = "Trained 40 border officers on document fraud.";

    /// <summary>A fixed moment; <c>At(n)</c> is n minutes later, so revisions can be told apart.</summary>
    public static DateTimeOffset At(int minutes = 0) =>
        new DateTimeOffset(2025, 7, 7, 9, 0, 0, TimeSpan.Zero).AddMinutes(minutes);

    /// <summary>A planned cycle whose dates follow its code: deadline two weeks after the period, meeting two months after.</summary>
    public static ReportingCycle Cycle(string code = "2025-H1")
    {
        var parsed = CycleCode.Parse(code);
        return new ReportingCycle(
            parsed, parsed.PeriodStart, parsed.PeriodEnd, parsed.PeriodEnd.AddDays(15), parsed.PeriodEnd.AddMonths(2), [Plan()]);
    }

    /// <summary>An adopted plan with no pillars yet.</summary>
    public static ActionPlan Plan(string key = "g7-test-plan") =>
        new(key, "A test plan", "G7 Interior and Security Ministers", "Rome", new(2024, 10, 3), new(2024, 10, 4), "https://example.org/plan");

    public static ReportingCycle CycleIn(CycleState state, string code = "2025-H1")
    {
        var cycle = Cycle(code);
        if (state >= CycleState.Open)
        {
            cycle.Open();
        }

        if (state >= CycleState.UnderReview)
        {
            cycle.StartReview();
        }

        if (state >= CycleState.Published)
        {
            cycle.Publish();
        }

        return cycle;
    }

    public static ReportingCycle OpenCycle(string code = "2025-H1") => CycleIn(CycleState.Open, code);

    /// <summary>Gives a cycle the Id the database would, through the same private setter EF uses.</summary>
    public static ReportingCycle WithId(this ReportingCycle cycle, int id)
    {
        typeof(ReportingCycle).GetProperty(nameof(ReportingCycle.Id))!.SetValue(cycle, id);
        return cycle;
    }

    public static ReportContent Content(
        Completion? completion = Completion.Limited,
        string narrative = Narrative,
        string? notApplicableReason = null,
        IReadOnlyList<string>? evidence = null) =>
        new(completion, narrative, "Extend the training to airports.", "Staff turnover.",
            evidence ?? ["https://example.org/training-report"], notApplicableReason);

    public static ReportContent NotApplicable(string? reason) =>
        new(Completion.NotApplicable, "", "", "", [], reason);

    /// <summary>An empty slot for member 1 on commitment 1 in the cycle with the given Id.</summary>
    public static ProgressReport Slot(int cycleId = 0, int memberId = 1, int commitmentId = 1) =>
        new(cycleId, memberId, commitmentId);

    /// <summary>A report in <paramref name="cycle"/> (which must accept reports) brought to <paramref name="state"/> through the workflow.</summary>
    public static ProgressReport ReportIn(ReviewState state, ReportingCycle cycle, ReportContent? content = null)
    {
        var report = Slot(cycle.Id);
        report.SaveDraft(cycle, content ?? Content(), Actor, At(0));
        if (state == ReviewState.Draft)
        {
            return report;
        }

        report.Submit(cycle, Actor, At(1));
        switch (state)
        {
            case ReviewState.Returned:
                report.Return(cycle, "Add the number of officers trained.", Secretariat, At(2));
                break;
            case ReviewState.Approved:
                report.Approve(cycle, Secretariat, At(2));
                break;
            default:
                break;
        }

        return report;
    }

    /// <summary>The same member's saved report on the same commitment, in another (earlier) cycle.</summary>
    public static ProgressReport PreviousOf(ProgressReport report, ReportContent? content = null)
    {
        var earlier = OpenCycle("2024-H2").WithId(report.CycleId + 100);
        var previous = Slot(earlier.Id, report.MemberId, report.CommitmentId);
        previous.SaveDraft(earlier, content ?? Content(Completion.Substantial, "Drafted the national strategy."), Actor, At(-60));
        return previous;
    }
}
