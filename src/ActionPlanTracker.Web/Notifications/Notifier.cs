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
}
