using System.Globalization;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
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
/// drafts and is for those who read all. Four SQL commands.
/// </summary>
[Authorize(Policy = Policies.ReadAll)]
public sealed class ReadinessModel(ActionPlanDbContext db, TimeProvider clock, IStringLocalizer<DashboardResources> text) : PageModel
{
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
        return Page();
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
