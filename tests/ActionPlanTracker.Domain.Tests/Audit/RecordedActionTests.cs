namespace ActionPlanTracker.Domain.Tests.Audit;

/// <summary>Each domain method records what it did, for the audit trail to write as it is (not guessed from fields).</summary>
public sealed class RecordedActionTests
{
    [Fact]
    public void Each_report_method_records_its_action_and_the_last_one_wins()
    {
        var cycle = A.OpenCycle().WithId(1);
        var report = A.Slot(cycle.Id);
        Assert.Null(Recorded(report));

        report.SaveDraft(cycle, A.Content(), A.Actor, A.At(0));
        Assert.Equal(AuditAction.Saved, Recorded(report));

        report.Submit(cycle, A.Actor, A.At(1));
        Assert.Equal(AuditAction.Submitted, Recorded(report));

        report.Return(cycle, "Add dates.", A.Secretariat, A.At(2));
        Assert.Equal(AuditAction.Returned, Recorded(report));

        report.Submit(cycle, A.Actor, A.At(3), resendUnchanged: true);
        report.Approve(cycle, A.Secretariat, A.At(4));
        Assert.Equal(AuditAction.Approved, Recorded(report));

        ((IRecordsAuditAction)report).ClearRecordedAction();
        Assert.Null(Recorded(report));
    }

    [Fact]
    public void A_refused_change_records_nothing()
    {
        var cycle = A.OpenCycle().WithId(1);
        var report = A.ReportIn(ReviewState.Approved, cycle);
        ((IRecordsAuditAction)report).ClearRecordedAction();

        Assert.Throws<DomainRuleException>(() => report.SaveDraft(cycle, A.Content(narrative: "Changed."), A.Actor, A.At(9)));

        Assert.Null(Recorded(report));
    }

    [Fact]
    public void Carrying_forward_is_recorded_as_such()
    {
        var previous = A.ReportIn(ReviewState.Approved, A.OpenCycle("2025-H1").WithId(1));
        var cycle = A.OpenCycle("2025-H2").WithId(2);
        var report = A.Slot(cycle.Id);

        report.CarryForward(cycle, previous, A.Actor, A.At(5));

        Assert.Equal(AuditAction.CarriedForward, Recorded(report));
    }

    [Fact]
    public void Each_cycle_move_records_its_action()
    {
        var cycle = A.Cycle();
        Assert.Null(Recorded(cycle));

        cycle.Reschedule(cycle.PeriodStart, cycle.PeriodEnd, cycle.SubmissionDeadline.AddDays(3), cycle.MeetingDate);
        Assert.Equal(AuditAction.Rescheduled, Recorded(cycle));
        cycle.Open();
        Assert.Equal(AuditAction.Opened, Recorded(cycle));
        cycle.StartReview();
        Assert.Equal(AuditAction.ReviewStarted, Recorded(cycle));
        cycle.Publish();
        Assert.Equal(AuditAction.Published, Recorded(cycle));
    }

    [Fact]
    public void An_attachment_records_its_upload_and_its_removal()
    {
        var cycle = A.OpenCycle().WithId(1);
        var report = A.ReportIn(ReviewState.Draft, cycle);
        var attachment = new Attachment(report, cycle, "evidence.pdf", "application/pdf", 10, new string('0', 64), A.Actor, A.At(1));
        Assert.Equal(AuditAction.Uploaded, Recorded(attachment));

        attachment.Remove(report, cycle, A.Actor, A.At(2));
        Assert.Equal(AuditAction.Removed, Recorded(attachment));
    }

    private static AuditAction? Recorded(IRecordsAuditAction entity) => entity.RecordedAction;
}
