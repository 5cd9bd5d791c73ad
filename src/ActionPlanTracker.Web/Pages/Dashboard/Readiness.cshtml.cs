using System.Globalization;
using System.Text.Json;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using ActionPlanTracker.Web.Notifications;
using ActionPlanTracker.Web.Reading;
using ActionPlanTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Dashboard;

/// <summary>
/// Readiness before the meeting, per member: what is missing, in draft, submitted, returned or approved, what is late,
/// and what was carried forward untouched. The secretariat chases focal points with it, so it shows every member's
/// drafts and is for those who read all. Per member, the commitments still owed, each a link; the secretariat can remind
/// a member's focal points from here, once a day per member.
/// </summary>
[Authorize(Policy = Policies.ReadAll)]
public sealed class ReadinessModel(
    ActionPlanDbContext db, TimeProvider clock, Notifier notifier, IAuthorizationService authorization, IStringLocalizer<DashboardResources> text) : PageModel
{
    /// <summary>The audit trail's entity for a reminder sent from this page; its key is the cycle and the member's code.</summary>
    public const string ReminderEntity = "Reminder";

    /// <summary>The secretariat, while the cycle accepts reports: it may remind members from this page.</summary>
    public bool CanRemind { get; private set; }

    /// <summary>Who was reminded today, by member code: when and by whom.</summary>
    /// <summary>Who sent today's reminders, by name.</summary>
    public PeopleNames People { get; private set; } = PeopleNames.None;

    public IReadOnlyDictionary<string, (DateTimeOffset At, string Actor)> RemindedToday { get; private set; } = new Dictionary<string, (DateTimeOffset, string)>();

    /// <summary>Per member, the commitments with no report, in draft or returned: what the member still owes.</summary>
    public IReadOnlyList<(ReadinessRow Row, IReadOnlyList<ReportLine> Lines)> Owed { get; private set; } = [];

    public CycleInfo Cycle { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    /// <summary>True once the deadline has passed: every report not yet submitted is late.</summary>
    public bool PastDeadline => Today > Cycle.SubmissionDeadline;

    /// <summary>The deadline as seen from today: "12 days left", "due today", "3 days overdue".</summary>
    public string DaysLeft
    {
        get
        {
            var days = Cycle.SubmissionDeadline.DayNumber - Today.DayNumber;
            return days switch
            {
                _ when !Cycle.State.DeadlineRuns() => text["Readiness.Closed"],
                0 => text["Readiness.DueToday"],
                1 => text["Readiness.OneDayLeft"],
                > 1 => text["Readiness.DaysLeft", days.ToString("N0", CultureInfo.CurrentCulture)],
                -1 => text["Readiness.OneDayOverdue"],
                _ => text["Readiness.DaysOverdue", (-days).ToString("N0", CultureInfo.CurrentCulture)],
            };
        }
    }

    public IReadOnlyList<ReadinessRow> Rows { get; private set; } = [];

    public ReadinessRow Total { get; private set; } = null!;

    public IReadOnlyList<ReportLine> Late { get; private set; } = [];

    public IReadOnlyList<ReportLine> Unchanged { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string cycle, CancellationToken cancellationToken)
    {
        var cycles = await db.CyclesAsync(cancellationToken);
        if (cycles.Find(cycle) is not { } found)
        {
            return NotFound();
        }

        Cycle = found;
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var previousId = cycles.Find(found.PreviousCode)?.Id ?? 0;
        var members = found.MembersOf(await db.MembersAsync(cancellationToken));
        var plan = await db.PlanAsync(cancellationToken);
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.CycleId == found.Id || r.CycleId == previousId)
            .Select(r => new Stored(
                r.Id, r.CycleId, r.MemberId, r.CommitmentId, r.State, r.LastChangedAt != null,
                new ReportContent(r.Completion, r.Narrative, r.NextSteps, r.Challenges, r.Evidence, r.NotApplicableReason),
                r.Revisions.Where(v => v.Number == r.RevisionCount).Select(v => (RevisionAction?)v.Action).FirstOrDefault()))
            .ToListAsync(cancellationToken);

        var current = reports.Where(r => r.CycleId == found.Id).ToDictionary(r => (r.MemberId, r.CommitmentId));
        var previous = reports.Where(r => r.CycleId == previousId && r.HasContent).ToDictionary(r => (r.MemberId, r.CommitmentId));
        var lines = (
            from member in members
            from pillar in found.PillarsOf(plan)
            from commitment in pillar.Commitments
            let report = current.GetValueOrDefault((member.Id, commitment.Id))
            let before = previous.PreviousFor(member.Id, commitment)
            select new ReportLine(
                member.Code, member.Shown, commitment.Code, commitment.ShownTitle, report?.Id,
                report is { HasContent: true } ? report.State : null,
                report is { HasContent: true } && (report.LastAction == RevisionAction.CarriedForward || report.Content == before?.Content),
                PastDeadline && report is not { HasContent: true, State: ReviewState.Submitted or ReviewState.Approved }))
            .ToList();

        Rows = [.. members.Select(m => ReadinessRow.Of(m.Code, m.Shown, lines.Where(l => l.MemberCode == m.Code)))];
        Total = ReadinessRow.Of("all", text["Index.AllMembers"], lines);
        Late = [.. lines.Where(l => l.Late)];
        Unchanged = [.. lines.Where(l => l.Unchanged)];
        Owed = [.. Rows.Select(r => (r, (IReadOnlyList<ReportLine>)[.. lines.Where(l => l.MemberCode == r.Code && l.State is null or ReviewState.Draft or ReviewState.Returned)]))
            .Where(o => o.Item2.Count > 0)];
        CanRemind = found.State is CycleState.Open or CycleState.UnderReview && (await authorization.AuthorizeAsync(User, Policies.Review)).Succeeded;
        if (CanRemind)
        {
            var start = new DateTimeOffset(Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var prefix = found.Code + " ";
            RemindedToday = (await db.AuditEvents.AsNoTracking()
                    .Where(e => e.Entity == ReminderEntity && e.Action == nameof(AuditAction.Reminded) && e.At >= start && e.EntityKey.StartsWith(prefix))
                    .Select(e => new { e.EntityKey, e.At, e.Actor }).ToListAsync(cancellationToken))
                .GroupBy(e => e.EntityKey[prefix.Length..])
                .ToDictionary(g => g.Key, g => (g.Max(e => e.At), g.OrderBy(e => e.At).Last().Actor));
            People = await PeopleNames.ReadAsync(db, RemindedToday.Values.Select(r => r.Actor), cancellationToken);
        }

        return Page();
    }

    /// <summary>
    /// Reminds one member's focal points now of what they still owe (secretariat only, while the cycle accepts reports),
    /// at most once a day per member; the reminder goes through the outbox with the audit event that records it.
    /// </summary>
    public async Task<IActionResult> OnPostRemindAsync(string cycle, string? member, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.Review)).Succeeded)
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(member))
        {
            // The form always names a member: a post without one was not made by it.
            return BadRequest();
        }

        var target = CycleCode.TryParse(cycle, out var code)
            ? await db.Cycles.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code.ToString(), cancellationToken)
            : null;
        var memberCode = member?.Trim().ToUpperInvariant();
        var who = target is null || memberCode!.Length > 10
            ? null
            : await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Code == memberCode && db.Reports.Any(r => r.CycleId == target.Id && r.MemberId == m.Id), cancellationToken);
        if (target is null || who is null)
        {
            return NotFound();
        }

        var name = PlanText.Choose(who.Name, who.NameFr);
        if (!target.AcceptsReports)
        {
            return await RefusedAsync(cycle, text["Readiness.RemindClosed", target.Code], cancellationToken);
        }

        var now = clock.GetUtcNow();
        var start = new DateTimeOffset(DateOnly.FromDateTime(now.UtcDateTime).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var key = $"{target.Code} {who.Code}";
        var sent = 0;
        var refusal = await db.InTransactionAsync(
            async transaction =>
            {
                // One a day per member, even when two people press at once: the second waits for the first's lock.
                await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtext({"remind " + key}))", cancellationToken);
                if (await db.AuditEvents.AnyAsync(e => e.Entity == ReminderEntity && e.EntityKey == key && e.Action == nameof(AuditAction.Reminded) && e.At >= start, cancellationToken))
                {
                    return text["Readiness.AlreadyReminded", name].Value;
                }

                sent = await notifier.RemindNowAsync(target, who, cancellationToken);
                if (sent == 0)
                {
                    return text["Readiness.NothingToRemind", name].Value;
                }

                var after = JsonSerializer.Serialize(new { focalPoints = sent });
                db.AuditEvents.Add(new AuditEvent(now.AddTicks(-(now.Ticks % 10)), User.Identity!.Name!, ReminderEntity, key, AuditAction.Reminded, who.Id, null, after));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return null;
            },
            cancellationToken);
        if (refusal is not null)
        {
            return await RefusedAsync(cycle, refusal, cancellationToken);
        }

        TempData["Notice"] = (sent == 1 ? text["Readiness.RemindedOne", name] : text["Readiness.RemindedMany", name, sent]).Value;
        return RedirectToPage(new { cycle = target.Code });
    }

    private async Task<IActionResult> RefusedAsync(string cycle, string message, CancellationToken cancellationToken)
    {
        var result = await OnGetAsync(cycle, cancellationToken);
        ModelState.AddModelError(string.Empty, message);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return result;
    }

    private sealed record Stored(
        int Id, int CycleId, int MemberId, int CommitmentId, ReviewState State, bool HasContent, ReportContent Content, RevisionAction? LastAction);

    /// <summary>One member's report on one commitment: its review state (null when nothing is written), and whether it is unchanged or late.</summary>
    public sealed record ReportLine(
        string MemberCode, string MemberName, string CommitmentCode, string ShortTitle, int? ReportId, ReviewState? State, bool Unchanged, bool Late)
    {
        public string StatusText(StatusWords words) => State is { } state ? words.State(state) : words.Missing;

        /// <summary>The secretariat opens the review page; administrators and auditors the history.</summary>
        public string? Link(bool reviews) => ReportId is not { } id ? null : reviews ? $"/review/{id}" : $"/reports/{id}/history";
    }

    /// <summary>Reports to chase, as the <c>_ReportLines</c> partial lists them.</summary>
    public sealed record ReportList(string Id, IReadOnlyList<ReportLine> Lines, bool Reviews);

    public sealed record ReadinessRow(string Code, string Name, int Missing, int Draft, int Submitted, int Returned, int Approved, int Late, int Unchanged)
    {
        public static ReadinessRow Of(string code, string name, IEnumerable<ReportLine> lines)
        {
            var list = lines.ToList();
            int Count(ReviewState? state) => list.Count(l => l.State == state);
            return new(code, name, Count(null), Count(ReviewState.Draft), Count(ReviewState.Submitted),
                Count(ReviewState.Returned), Count(ReviewState.Approved), list.Count(l => l.Late), list.Count(l => l.Unchanged));
        }
    }
}
