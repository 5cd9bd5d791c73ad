namespace ActionPlanTracker.Domain.Tests.Reports;

public sealed class ProgressReportTests
{
    [Fact]
    public void New_slot_is_an_empty_draft_with_no_revisions()
    {
        var report = A.Slot(cycleId: 3, memberId: 4, commitmentId: 5);

        Assert.Equal((3, 4, 5), (report.CycleId, report.MemberId, report.CommitmentId));
        Assert.Equal(ReviewState.Draft, report.State);
        Assert.Equal(ReportContent.Empty, report.Content);
        Assert.False(report.HasContent);
        Assert.False(report.IsLocked);
        Assert.Empty(report.Revisions);
    }

    [Theory]
    [InlineData("save", RevisionAction.Saved, ReviewState.Draft)]
    [InlineData("carry forward", RevisionAction.CarriedForward, ReviewState.Draft)]
    [InlineData("submit", RevisionAction.Submitted, ReviewState.Submitted)]
    [InlineData("return", RevisionAction.Returned, ReviewState.Returned)]
    [InlineData("approve", RevisionAction.Approved, ReviewState.Approved)]
    public void Allowed_change_appends_one_revision_with_the_next_number_actor_time_and_state_after(
        string operation, RevisionAction action, ReviewState stateAfter)
    {
        var cycle = A.OpenCycle();
        var report = ReadyFor(operation, cycle);
        var before = report.Revisions.Count;

        Do(operation, report, cycle, "someone@example.org");

        Assert.Equal(stateAfter, report.State);
        Assert.Equal(before + 1, report.Revisions.Count);
        var revision = report.Revisions[^1];
        Assert.Equal(before + 1, revision.Number);
        Assert.Equal(action, revision.Action);
        Assert.Equal(stateAfter, revision.State);
        Assert.Equal("someone@example.org", revision.Actor);
        Assert.Equal(A.At(10), revision.At);
        Assert.Equal(report.Content, revision.Content);
        Assert.Equal(("someone@example.org", A.At(10)), (report.LastChangedBy, report.LastChangedAt));
    }

    // Saving

    [Fact]
    public void Saved_content_is_kept_exactly_as_typed_and_the_slot_then_has_content()
    {
        var cycle = A.OpenCycle();
        var report = A.Slot();
        var evidence = new List<string> { "https://example.org/a" };
        var content = A.Content(Completion.Complete, "  Line one.\n\nLine two.  ", evidence: evidence);

        report.SaveDraft(cycle, content, A.Actor, A.At());
        evidence.Add("https://example.org/added-later");

        Assert.Equal(A.Content(Completion.Complete, "  Line one.\n\nLine two.  ", evidence: ["https://example.org/a"]), report.Content);
        Assert.True(report.HasContent);
    }

    [Theory]
    [InlineData(ReviewState.Draft)]
    [InlineData(ReviewState.Returned)]
    public void Draft_or_returned_report_can_be_saved_and_keeps_its_state(ReviewState state)
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(state, cycle);
        var revised = A.Content(Completion.Substantial, "Trained 55 officers.");

        report.SaveDraft(cycle, revised, A.Actor, A.At(10));

        Assert.Equal(revised, report.Content);
        Assert.Equal(state, report.State);
    }

    [Fact]
    public void Submitted_report_refuses_a_new_draft()
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(ReviewState.Submitted, cycle);
        var before = Snapshot(report);

        var error = Assert.Throws<DomainRuleException>(
            () => report.SaveDraft(cycle, A.Content(Completion.Complete), A.Actor, A.At(10)));

        Assert.Contains("with the secretariat for review", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(report));
    }

    [Fact]
    public void Approved_report_refuses_a_new_draft()
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(ReviewState.Approved, cycle);
        var before = Snapshot(report);

        var error = Assert.Throws<DomainRuleException>(
            () => report.SaveDraft(cycle, A.Content(Completion.Complete), A.Actor, A.At(10)));

        Assert.Contains("approved and locked", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(report));
    }

    [Fact]
    public void Not_applicable_with_a_reason_is_saved_with_its_reason()
    {
        var cycle = A.OpenCycle();
        var report = A.Slot();

        report.SaveDraft(cycle, A.NotApplicable("No maritime border."), A.Actor, A.At());

        Assert.Equal(Completion.NotApplicable, report.Completion);
        Assert.Equal("No maritime border.", report.NotApplicableReason);
    }

    [Theory]
    [InlineData(ReviewState.Draft, null)]
    [InlineData(ReviewState.Draft, "")]
    [InlineData(ReviewState.Draft, "   ")]
    [InlineData(ReviewState.Returned, null)]
    public void Not_applicable_without_a_reason_is_refused_on_every_save(ReviewState state, string? reason)
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(state, cycle);
        var before = Snapshot(report);

        var error = Assert.Throws<DomainRuleException>(
            () => report.SaveDraft(cycle, A.NotApplicable(reason), A.Actor, A.At(10)));

        Assert.Contains("needs a reason", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(report));
    }

    [Theory]
    [InlineData(Completion.NotStarted)]
    [InlineData(Completion.Limited)]
    [InlineData(Completion.Substantial)]
    [InlineData(Completion.Complete)]
    [InlineData(null)]
    public void Reason_is_dropped_when_the_level_is_not_not_applicable(Completion? level)
    {
        var cycle = A.OpenCycle();
        var report = A.Slot();

        report.SaveDraft(cycle, A.Content(level, notApplicableReason: "Stale reason."), A.Actor, A.At());

        Assert.Equal(level, report.Completion);
        Assert.Null(report.NotApplicableReason);
        Assert.Null(report.Revisions[^1].NotApplicableReason);
    }

    [Fact]
    public void Completion_level_that_does_not_exist_is_refused()
    {
        var cycle = A.OpenCycle();
        var report = A.Slot();

        var error = Assert.Throws<DomainRuleException>(
            () => report.SaveDraft(cycle, A.Content((Completion)5), A.Actor, A.At()));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.False(report.HasContent);
        Assert.Empty(report.Revisions);
    }

    // Submitting

    [Fact]
    public void Report_without_a_level_cannot_be_submitted()
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(ReviewState.Draft, cycle, A.Content(completion: null));

        var error = Assert.Throws<DomainRuleException>(() => report.Submit(cycle, A.Actor, A.At(10)));

        Assert.Contains("Choose a completion level", error.Message, StringComparison.Ordinal);
        Assert.Equal(ReviewState.Draft, report.State);
    }

    [Fact]
    public void Slot_that_was_never_saved_cannot_be_submitted()
    {
        var cycle = A.OpenCycle();
        var report = A.Slot();

        var error = Assert.Throws<DomainRuleException>(() => report.Submit(cycle, A.Actor, A.At()));

        Assert.Contains("Choose a completion level", error.Message, StringComparison.Ordinal);
        Assert.Empty(report.Revisions);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n ")]
    public void Report_without_a_narrative_cannot_be_submitted(string narrative)
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(ReviewState.Draft, cycle, A.Content(Completion.Limited, narrative));

        var error = Assert.Throws<DomainRuleException>(() => report.Submit(cycle, A.Actor, A.At(10)));

        Assert.Contains("Describe what was done", error.Message, StringComparison.Ordinal);
        Assert.Equal(ReviewState.Draft, report.State);
    }

    [Fact]
    public void Not_applicable_report_is_submitted_without_a_narrative()
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(ReviewState.Draft, cycle, A.NotApplicable("No maritime border."));

        report.Submit(cycle, A.Actor, A.At(10));

        Assert.Equal(ReviewState.Submitted, report.State);
    }

    [Fact]
    public void Returned_report_changed_since_its_return_can_be_submitted_again()
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(ReviewState.Returned, cycle);
        report.SaveDraft(cycle, A.Content(Completion.Limited, "Trained 40 officers, 12 of them investigators."), A.Actor, A.At(5));

        report.Submit(cycle, A.Actor, A.At(10));

        Assert.Equal(ReviewState.Submitted, report.State);
        Assert.Equal((1, true, false), (report.ReturnCount, report.ChangedSinceReturn, report.UnchangedSinceReturn));
    }

    [Fact]
    public void Returned_report_unchanged_since_its_return_goes_again_only_when_the_focal_point_says_so()
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(ReviewState.Returned, cycle);
        // Saved again with the same words: still unchanged.
        report.SaveDraft(cycle, report.Content, A.Actor, A.At(5));
        var before = Snapshot(report);

        var error = Assert.Throws<DomainRuleException>(() => report.Submit(cycle, A.Actor, A.At(10)));

        Assert.Contains("neither its level nor its text has changed", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(report));
        Assert.Equal(error.Message, report.WhyNotSubmittable());
        Assert.Null(report.WhyNotSubmittable(resendUnchanged: true));

        report.Submit(cycle, A.Actor, A.At(11), resendUnchanged: true);

        Assert.Equal(ReviewState.Submitted, report.State);
        Assert.True(report.UnchangedSinceReturn);
    }

    [Fact]
    public void A_second_return_asks_for_a_change_again()
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(ReviewState.Returned, cycle);
        report.SaveDraft(cycle, A.Content(Completion.Limited, "Trained 40 officers."), A.Actor, A.At(5));
        report.Submit(cycle, A.Actor, A.At(6));
        report.Return(cycle, "Say which agencies took part.", A.Secretariat, A.At(7));

        Assert.Equal((2, false), (report.ReturnCount, report.ChangedSinceReturn));
        Assert.NotNull(report.WhyNotSubmittable());
    }

    [Fact]
    public void Draft_never_returned_is_not_unchanged_since_a_return()
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(ReviewState.Draft, cycle);

        Assert.False(report.UnchangedSinceReturn);
        Assert.Null(report.WhyNotSubmittable());
    }

    [Fact]
    public void Carried_forward_report_stays_unedited_until_its_words_or_level_change()
    {
        var cycle = A.OpenCycle();
        var report = A.Slot(cycle.Id);
        var previous = A.PreviousOf(report);

        report.CarryForward(cycle, previous, A.Actor, A.At(1));
        Assert.True(report.CarriedUnedited);
        report.SaveDraft(cycle, report.Content, A.Actor, A.At(2));
        Assert.True(report.CarriedUnedited);

        report.SaveDraft(cycle, report.Content with { Completion = Completion.Complete }, A.Actor, A.At(3));

        Assert.False(report.CarriedUnedited);
    }

    [Theory]
    [InlineData(ReviewState.Submitted, "submitted")]
    [InlineData(ReviewState.Approved, "approved")]
    public void Submitted_or_approved_report_cannot_be_submitted(ReviewState state, string label)
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(state, cycle);
        var before = Snapshot(report);

        var error = Assert.Throws<DomainRuleException>(() => report.Submit(cycle, A.Actor, A.At(10)));

        Assert.Contains($"{label} cannot be submitted", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(report));
    }

    // Reviewing

    [Fact]
    public void Return_keeps_the_secretariats_comment_on_the_report_and_the_revision()
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(ReviewState.Submitted, cycle);

        report.Return(cycle, "Add the number of officers.", A.Secretariat, A.At(10));

        Assert.Equal(ReviewState.Returned, report.State);
        Assert.Equal("Add the number of officers.", report.ReviewComment);
        Assert.Equal("Add the number of officers.", report.Revisions[^1].Comment);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Return_without_a_comment_is_refused(string comment)
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(ReviewState.Submitted, cycle);
        var before = Snapshot(report);

        var error = Assert.Throws<DomainRuleException>(() => report.Return(cycle, comment, A.Secretariat, A.At(10)));

        Assert.Contains("Say why the report is returned", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(report));
    }

    [Fact]
    public void Approve_locks_the_report_and_clears_the_last_return_comment()
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(ReviewState.Returned, cycle);
        report.Submit(cycle, A.Actor, A.At(10), resendUnchanged: true);

        report.Approve(cycle, A.Secretariat, A.At(11));

        Assert.Equal(ReviewState.Approved, report.State);
        Assert.True(report.IsLocked);
        Assert.Null(report.ReviewComment);
    }

    [Theory]
    [InlineData("return", ReviewState.Draft, "draft")]
    [InlineData("return", ReviewState.Returned, "returned")]
    [InlineData("return", ReviewState.Approved, "approved")]
    [InlineData("approve", ReviewState.Draft, "draft")]
    [InlineData("approve", ReviewState.Returned, "returned")]
    [InlineData("approve", ReviewState.Approved, "approved")]
    public void Only_a_submitted_report_can_be_returned_or_approved(string operation, ReviewState state, string label)
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(state, cycle);
        var before = Snapshot(report);

        var error = Assert.Throws<DomainRuleException>(() => Do(operation, report, cycle));

        Assert.Contains($"Only a submitted report can be reviewed; this one is {label}", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(report));
    }

    [Fact]
    public void Report_goes_draft_submitted_returned_submitted_approved_and_every_step_is_a_revision()
    {
        var cycle = A.OpenCycle();
        var report = A.Slot();

        report.SaveDraft(cycle, A.Content(Completion.Limited), "fp", A.At(1));
        report.Submit(cycle, "fp", A.At(2));
        cycle.StartReview();
        report.Return(cycle, "Add figures.", "sec", A.At(3));
        report.SaveDraft(cycle, A.Content(Completion.Substantial, "Trained 40 officers."), "fp", A.At(4));
        report.Submit(cycle, "fp", A.At(5));
        Assert.Equal("Add figures.", report.ReviewComment);
        report.Approve(cycle, "sec", A.At(6));

        Assert.Equal(
            [
                (1, RevisionAction.Saved, ReviewState.Draft, "fp", A.At(1), (string?)null),
                (2, RevisionAction.Submitted, ReviewState.Submitted, "fp", A.At(2), null),
                (3, RevisionAction.Returned, ReviewState.Returned, "sec", A.At(3), "Add figures."),
                (4, RevisionAction.Saved, ReviewState.Returned, "fp", A.At(4), null),
                (5, RevisionAction.Submitted, ReviewState.Submitted, "fp", A.At(5), null),
                (6, RevisionAction.Approved, ReviewState.Approved, "sec", A.At(6), null),
            ],
            report.Revisions.Select(r => (r.Number, r.Action, r.State, r.Actor, r.At, r.Comment)));
        Assert.Equal(Completion.Limited, report.Revisions[1].Completion);
        Assert.Equal(Completion.Substantial, report.Revisions[^1].Completion);
        Assert.True(report.IsLocked);
    }

    [Fact]
    public void Revision_keeps_the_content_as_it_was_when_later_saves_change_the_report()
    {
        var cycle = A.OpenCycle();
        var report = A.Slot();
        var first = A.Content(Completion.Limited, "First.", evidence: ["https://example.org/1"]);

        report.SaveDraft(cycle, first, A.Actor, A.At(1));
        report.SaveDraft(cycle, A.Content(Completion.Complete, "Second.", evidence: ["https://example.org/2"]), A.Actor, A.At(2));

        Assert.Equal(first, report.Revisions[0].Content);
        Assert.Equal("Second.", report.Narrative);
    }

    // Rules every change obeys

    [Theory]
    [InlineData("save")]
    [InlineData("carry forward")]
    [InlineData("submit")]
    [InlineData("return")]
    [InlineData("approve")]
    public void Approved_report_refuses_every_change(string operation)
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(ReviewState.Approved, cycle);
        var before = Snapshot(report);

        var error = Assert.Throws<DomainRuleException>(() => Do(operation, report, cycle));

        Assert.Contains("approved", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(report));
    }

    [Theory]
    [InlineData("save")]
    [InlineData("carry forward")]
    [InlineData("submit")]
    [InlineData("return")]
    [InlineData("approve")]
    public void Published_cycle_refuses_every_change_because_it_is_frozen(string operation)
    {
        var cycle = A.OpenCycle();
        var report = ReadyFor(operation, cycle);
        cycle.StartReview();
        cycle.Publish();
        var before = Snapshot(report);

        var error = Assert.Throws<DomainRuleException>(() => Do(operation, report, cycle));

        Assert.Contains("published and frozen", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(report));
    }

    [Theory]
    [InlineData("save")]
    [InlineData("carry forward")]
    [InlineData("submit")]
    [InlineData("return")]
    [InlineData("approve")]
    public void Planned_cycle_refuses_every_change_because_it_is_not_open(string operation)
    {
        var cycle = A.Cycle();
        var report = A.Slot(cycle.Id);

        var error = Assert.Throws<DomainRuleException>(() => Do(operation, report, cycle));

        Assert.Contains("not open yet", error.Message, StringComparison.Ordinal);
        Assert.Empty(report.Revisions);
    }

    [Theory]
    [InlineData("save")]
    [InlineData("carry forward")]
    [InlineData("submit")]
    [InlineData("return")]
    [InlineData("approve")]
    public void Report_refuses_a_change_through_a_cycle_it_does_not_belong_to(string operation)
    {
        var ownCycle = A.OpenCycle().WithId(1);
        var report = ReadyFor(operation, ownCycle);
        var otherCycle = A.OpenCycle("2025-H2");
        var before = Snapshot(report);

        var error = Assert.Throws<DomainRuleException>(() => Do(operation, report, otherCycle));

        Assert.Contains("does not belong to that cycle", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(report));
    }

    [Theory]
    [InlineData("save", "")]
    [InlineData("save", "  ")]
    [InlineData("carry forward", "")]
    [InlineData("submit", " ")]
    [InlineData("return", "")]
    [InlineData("approve", "\t")]
    public void Change_without_an_actor_is_refused_and_leaves_the_report_as_it_was(string operation, string actor)
    {
        var cycle = A.OpenCycle();
        var report = ReadyFor(operation, cycle);
        var before = Snapshot(report);

        var error = Assert.Throws<DomainRuleException>(() => Do(operation, report, cycle, actor));

        Assert.Contains("actor is missing", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(report));
    }

    // Carrying forward

    [Fact]
    public void Carry_forward_copies_the_previous_cycles_report_into_an_empty_slot_as_a_draft()
    {
        var cycle = A.OpenCycle();
        var report = A.Slot();
        var previous = A.PreviousOf(report, A.Content(Completion.Substantial, "Drafted the strategy.", evidence: ["https://example.org/s"]));

        report.CarryForward(cycle, previous, A.Actor, A.At(10));

        Assert.Equal(previous.Content, report.Content);
        Assert.Equal(ReviewState.Draft, report.State);
        Assert.Equal(RevisionAction.CarriedForward, Assert.Single(report.Revisions).Action);
    }

    [Fact]
    public void Carry_forward_keeps_a_not_applicable_reason()
    {
        var cycle = A.OpenCycle();
        var report = A.Slot();
        var previous = A.PreviousOf(report, A.NotApplicable("No maritime border."));

        report.CarryForward(cycle, previous, A.Actor, A.At(10));

        Assert.Equal("No maritime border.", report.NotApplicableReason);
    }

    [Fact]
    public void Carry_forward_follows_the_lineage_to_the_commitment_this_one_carries_from_and_no_other()
    {
        var cycle = A.OpenCycle();
        var report = A.Slot(cycle.Id, memberId: 1, commitmentId: 12);
        var onPredecessor = A.PreviousOf(A.Slot(cycle.Id, memberId: 1, commitmentId: 2));

        Assert.Throws<DomainRuleException>(() => report.CarryForward(cycle, onPredecessor, A.Actor, A.At(10)));
        Assert.Throws<DomainRuleException>(() => report.CarryForward(cycle, onPredecessor, A.Actor, A.At(10), carriesFrom: 3));
        Assert.False(report.HasContent);

        report.CarryForward(cycle, onPredecessor, A.Actor, A.At(10), carriesFrom: 2);

        Assert.Equal(onPredecessor.Content.Narrative, report.Content.Narrative);
        Assert.Equal(RevisionAction.CarriedForward, report.Revisions[^1].Action);
    }

    [Theory]
    [InlineData(2, 1, false)]
    [InlineData(1, 2, false)]
    [InlineData(1, 1, true)]
    public void Carry_forward_is_refused_from_another_member_another_commitment_or_the_same_cycle(
        int memberId, int commitmentId, bool sameCycle)
    {
        var cycle = A.OpenCycle();
        var report = A.Slot(cycle.Id, memberId: 1, commitmentId: 1);
        var previous = sameCycle
            ? A.ReportIn(ReviewState.Draft, cycle)
            : A.PreviousOf(A.Slot(cycle.Id, memberId, commitmentId));

        var error = Assert.Throws<DomainRuleException>(() => report.CarryForward(cycle, previous, A.Actor, A.At(10)));

        Assert.Contains("same member's report on the same commitment in an earlier cycle", error.Message, StringComparison.Ordinal);
        Assert.False(report.HasContent);
        Assert.Empty(report.Revisions);
    }

    [Theory]
    [InlineData(ReviewState.Draft)]
    [InlineData(ReviewState.Returned)]
    public void Carry_forward_is_refused_when_the_slot_already_has_content(ReviewState state)
    {
        var cycle = A.OpenCycle();
        var report = A.ReportIn(state, cycle);
        var before = Snapshot(report);

        var error = Assert.Throws<DomainRuleException>(
            () => report.CarryForward(cycle, A.PreviousOf(report), A.Actor, A.At(10)));

        Assert.Contains("already has content", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(report));
    }

    [Fact]
    public void Carry_forward_is_refused_when_the_previous_cycle_has_no_report()
    {
        var cycle = A.OpenCycle();
        var report = A.Slot();
        var emptyPrevious = A.Slot(cycleId: 100);

        var error = Assert.Throws<DomainRuleException>(
            () => report.CarryForward(cycle, emptyPrevious, A.Actor, A.At(10)));

        Assert.Contains("nothing to carry forward", error.Message, StringComparison.Ordinal);
        Assert.Empty(report.Revisions);
    }

    /// <summary>A report in the state where <paramref name="operation"/> is allowed.</summary>
    private static ProgressReport ReadyFor(string operation, ReportingCycle cycle) => operation switch
    {
        "save" or "carry forward" => A.Slot(cycle.Id),
        "submit" => A.ReportIn(ReviewState.Draft, cycle),
        "return" or "approve" => A.ReportIn(ReviewState.Submitted, cycle),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation."),
    };

    private static void Do(string operation, ProgressReport report, ReportingCycle cycle, string actor = A.Actor)
    {
        switch (operation)
        {
            case "save":
                report.SaveDraft(cycle, A.Content(Completion.Complete, "Finished."), actor, A.At(10));
                break;
            case "carry forward":
                report.CarryForward(cycle, A.PreviousOf(report), actor, A.At(10));
                break;
            case "submit":
                report.Submit(cycle, actor, A.At(10));
                break;
            case "return":
                report.Return(cycle, "Add figures.", actor, A.At(10));
                break;
            case "approve":
                report.Approve(cycle, actor, A.At(10));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation.");
        }
    }

    private static (ReviewState State, ReportContent Content, string? ReviewComment, string? LastChangedBy, DateTimeOffset? LastChangedAt, int Revisions)
        Snapshot(ProgressReport report) =>
        (report.State, report.Content, report.ReviewComment, report.LastChangedBy, report.LastChangedAt, report.Revisions.Count);
}
