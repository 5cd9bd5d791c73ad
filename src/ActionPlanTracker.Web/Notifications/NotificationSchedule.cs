using System.Globalization;
using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Notifications;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Notifications;

/// <summary>
/// What the calendar asks for on a given day (UTC): reminders before each open cycle's deadline, the late list the day
/// after it, and yesterday's submissions for the secretariat. Every notice has a key of its own, so asking twice on
/// the same day, or on two replicas, produces each notice once.
/// </summary>
public static class NotificationSchedule
{
    /// <summary>A late list missed (the service was down that day) is still sent within this many days.</summary>
    public const int LateListCatchUpDays = 7;

    public static async Task<List<Notice>> DueAsync(ActionPlanDbContext db, MessageWriter writer, IReadOnlyList<int> reminderDays, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var notices = new List<Notice>();
        var cycles = await db.Cycles.AsNoTracking()
            .Where(c => c.State == CycleState.Open || c.State == CycleState.UnderReview)
            .OrderBy(c => c.Code)
            .ToListAsync(cancellationToken);
        var focalPoints = await Recipients.FocalPointsByMemberAsync(db, cancellationToken);
        var secretariat = await Recipients.InRoleAsync(db, Roles.Secretariat, cancellationToken);
        foreach (var cycle in cycles)
        {
            var daysLeft = cycle.SubmissionDeadline.DayNumber - today.DayNumber;
            var threshold = ReminderDue(reminderDays, daysLeft);
            var late = daysLeft is < 0 and >= -LateListCatchUpDays;
            if (threshold is null && !late)
            {
                continue;
            }

            var open = await OpenReportsAsync(db, cycle.Id, cancellationToken);
            var deadline = cycle.SubmissionDeadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (var member in open.GroupBy(r => r.MemberId, r => r.Line))
            {
                var lines = member.ToList();
                var content = new InEachLanguage(() => threshold is not null
                    ? writer.Reminder(cycle.Code, cycle.SubmissionDeadline, daysLeft, lines[0].Member, lines)
                    : writer.LateForMember(cycle.Code, cycle.SubmissionDeadline, lines[0].Member, lines));
                var (kind, key) = threshold is { } d
                    ? (NotificationKind.DeadlineReminder, $"reminder:{cycle.Code}:{deadline}:{d}d")
                    : (NotificationKind.LateList, $"late:{cycle.Code}:{deadline}");
                notices.AddRange(focalPoints[member.Key].Select(p => new Notice(p.Recipient, kind, $"{key}:{p.UserId}", content.For(p.Language))));
            }

            if (late && open.Count > 0)
            {
                var members = open.GroupBy(r => (r.Line.MemberCode, r.Line.MemberName, r.Line.MemberNameFr))
                    .Select(g => new LateMember(g.Key.MemberCode, g.Key.MemberName, g.Key.MemberNameFr, g.Count())).ToList();
                var content = new InEachLanguage(() => writer.LateForSecretariat(cycle.Code, cycle.SubmissionDeadline, members));
                notices.AddRange(secretariat.Select(p => new Notice(p.Recipient, NotificationKind.LateList, $"late:{cycle.Code}:{deadline}:{p.UserId}", content.For(p.Language))));
            }
        }

        notices.AddRange(await DigestAsync(db, writer, secretariat, today.AddDays(-1), cancellationToken));
        return notices;
    }

    /// <summary>
    /// The reminder whose window today falls in: with 14, 7 and 2, the 14-day one from 14 days before to 8, the 7-day one
    /// from 7 to 3, the 2-day one from 2 to the deadline itself. A day the service missed is caught up the next day.
    /// </summary>
    public static int? ReminderDue(IReadOnlyList<int> reminderDays, int daysLeft) =>
        daysLeft < 0 ? null : reminderDays.Where(d => d >= daysLeft).Order().Cast<int?>().FirstOrDefault();

    /// <summary>Every report of the cycle not yet with the secretariat (untouched, draft or returned), of one member when given.</summary>
    internal static Task<List<OpenReport>> OpenReportsAsync(ActionPlanDbContext db, int cycleId, CancellationToken cancellationToken, int? memberId = null) => (
        from r in db.Reports.Where(r => r.CycleId == cycleId && (r.State == ReviewState.Draft || r.State == ReviewState.Returned))
            .Where(r => memberId == null || r.MemberId == memberId)
        orderby r.Member!.SortOrder, r.CommitmentId
        select new OpenReport(r.MemberId, new ReportLine(
            r.Id, r.Member!.Code, r.Member.Name, r.Commitment!.Code, r.Commitment.ShortTitle, r.State, r.LastChangedAt != null, r.Member.NameFr, r.Commitment.ShortTitleFr)))
        .ToListAsync(cancellationToken);

    internal sealed record OpenReport(int MemberId, ReportLine Line);

    private static async Task<IEnumerable<Notice>> DigestAsync(ActionPlanDbContext db, MessageWriter writer, List<Recipients.Person> secretariat, DateOnly day, CancellationToken cancellationToken)
    {
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = start.AddDays(1);
        var submitted = await (
            from v in db.ReportRevisions.Where(v => v.Action == RevisionAction.Submitted && v.At >= start && v.At < end)
            let r = v.Report!
            orderby v.At, v.Id
            select new
            {
                Cycle = r.Cycle!.Code,
                Line = new ReportLine(r.Id, r.Member!.Code, r.Member.Name, r.Commitment!.Code, r.Commitment.ShortTitle, ReviewState.Submitted, true, r.Member.NameFr, r.Commitment.ShortTitleFr),
            })
            .ToListAsync(cancellationToken);
        if (submitted.Count == 0)
        {
            return [];
        }

        var content = new InEachLanguage(() => writer.Digest(day, [.. submitted.Select(s => (s.Cycle, s.Line))]));
        var key = $"digest:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return secretariat.Select(p => new Notice(p.Recipient, NotificationKind.SubmissionDigest, $"{key}:{p.UserId}", content.For(p.Language)));
    }
}
