using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Notifications;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Notifications;

/// <summary>Notices that follow a change made on a page, written in that change's transaction.</summary>
public sealed class Notifier(ActionPlanDbContext db, NotificationLinks links, MessageWriter writer, TimeProvider clock)
{
    /// <summary>Tells the member's focal points that the secretariat returned or approved one of its reports.</summary>
    public async Task ReportReviewedAsync(ProgressReport report, ReportingCycle cycle, CancellationToken cancellationToken)
    {
        if (report.State is not (ReviewState.Returned or ReviewState.Approved))
        {
            return;
        }

        var line = await (
            from m in db.Members.Where(m => m.Id == report.MemberId)
            from c in db.Commitments.Where(c => c.Id == report.CommitmentId)
            select new ReportLine(report.Id, m.Code, m.Name, c.Code, c.ShortTitle, report.State, true, m.NameFr, c.ShortTitleFr))
            .SingleAsync(cancellationToken);
        var returned = report.State == ReviewState.Returned;
        var content = new InEachLanguage(() => returned ? writer.Returned(cycle.Code, line, report.ReviewComment ?? "") : writer.Approved(cycle.Code, line));
        var kind = returned ? NotificationKind.ReportReturned : NotificationKind.ReportApproved;

        // The revision number makes each return its own notice, and a repeated save of the same one no second notice.
        var prefix = returned ? "returned" : "approved";
        var people = (await Recipients.FocalPointsByMemberAsync(db, cancellationToken))[report.MemberId];
        var notices = people.Select(p => new Notice(p.Recipient, kind, $"{prefix}:{report.Id}:{report.RevisionCount}:{p.UserId}", content.For(p.Language))).ToList();
        await Outbox.AddAsync(db, links, notices, clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>
    /// Reminds a member's focal points, now, of the reports still owed in the cycle (the deadline reminder, or the late
    /// notice once the deadline has passed); one a day per member (the key holds the day). Returns how many people were
    /// told, none when the member owes nothing or has no focal point.
    /// </summary>
    public async Task<int> RemindNowAsync(ReportingCycle cycle, Member member, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var open = (await NotificationSchedule.OpenReportsAsync(db, cycle.Id, cancellationToken, member.Id)).Select(r => r.Line).ToList();
        var people = (await Recipients.FocalPointsByMemberAsync(db, cancellationToken))[member.Id].ToList();
        if (open.Count == 0 || people.Count == 0)
        {
            return 0;
        }

        var daysLeft = cycle.SubmissionDeadline.DayNumber - today.DayNumber;
        var content = new InEachLanguage(() => daysLeft >= 0
            ? writer.Reminder(cycle.Code, cycle.SubmissionDeadline, daysLeft, open[0].Member, open)
            : writer.LateForMember(cycle.Code, cycle.SubmissionDeadline, open[0].Member, open));
        var key = $"remind:{cycle.Code}:{member.Code}:{today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
        var notices = people.Select(p => new Notice(p.Recipient, NotificationKind.DeadlineReminder, $"{key}:{p.UserId}", content.For(p.Language))).ToList();
        await Outbox.AddAsync(db, links, notices, now, cancellationToken);
        return people.Count;
    }
}
