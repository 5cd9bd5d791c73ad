using System.Globalization;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using ActionPlanTracker.Web.Reading;
using ActionPlanTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Reports;

/// <summary>Every revision of one report, newest first: for the member's own focal points and for those who read everything.</summary>
[Authorize]
public sealed class HistoryModel(ActionPlanDbContext db) : PageModel
{
    public ReportView Report { get; private set; } = null!;

    public IReadOnlyList<RevisionView> Revisions { get; private set; } = [];

    /// <summary>Who made each revision, by name.</summary>
    public PeopleNames People { get; private set; } = PeopleNames.None;

    /// <summary>The commitment's indicators, each with every value the report saved for it, oldest first.</summary>
    public IReadOnlyList<(Indicator Indicator, List<IndicatorValue> Values)> Indicators { get; private set; } = [];

    /// <summary>The member's own focal point, who gets a way back to the form.</summary>
    public bool IsOwnFocalPoint { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var report = await (
            from r in db.Reports.AsNoTracking()
            where r.Id == id
            select new
            {
                r.Id,
                r.MemberId,
                r.CommitmentId,
                r.Member!.Name,
                r.Member.NameFr,
                r.Commitment!.Code,
                r.Commitment.ShortTitle,
                r.Commitment.ShortTitleFr,
                Cycle = r.Cycle!.Code,
                r.State,
            })
            .Select(x => new ReportView(x.Id, x.MemberId, x.CommitmentId, PlanText.Choose(x.Name, x.NameFr), x.Code, PlanText.Choose(x.ShortTitle, x.ShortTitleFr), x.Cycle, x.State))
            .SingleOrDefaultAsync(cancellationToken);
        IsOwnFocalPoint = report is not null && User.IsInRole(Roles.FocalPoint) && User.MemberId() == report.MemberId;

        // Another member's focal point learns nothing, not even that the report exists.
        if (report is null || !Viewer.Of(User).Sees(report.MemberId))
        {
            return NotFound();
        }

        Report = report;
        Revisions = await db.ReportRevisions.AsNoTracking()
            .Where(v => v.ProgressReportId == id)
            .OrderByDescending(v => v.Number)
            .Select(v => new RevisionView(
                v.Number, v.At, v.Actor, v.Action, v.State, v.Comment,
                v.Completion, v.Narrative, v.NextSteps, v.Challenges, v.Evidence, v.NotApplicableReason))
            .ToListAsync(cancellationToken);
        People = await PeopleNames.ReadAsync(db, Revisions.Select(r => r.Actor), cancellationToken);

        // Values are appended only when they change, so one read of them all gives every revision's numbers.
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.CommitmentId == report.CommitmentId).OrderBy(i => i.Name).ThenBy(i => i.Id)
            .Select(i => new
            {
                Indicator = i,
                Values = db.IndicatorValues.Where(v => v.ProgressReportId == id && v.IndicatorId == i.Id).OrderBy(v => v.RevisionNumber).ToList(),
            })
            .AsSingleQuery()
            .ToListAsync(cancellationToken);
        Indicators = [.. indicators.Select(i => (i.Indicator, i.Values))];
        return Page();
    }

    /// <summary>Each indicator as it stood once revision <paramref name="number"/> was saved: the latest value saved with it or before, or not collected.</summary>
    public IReadOnlyList<(IndicatorEntry Entry, bool Changed)> IndicatorsAt(int number) =>
        [.. Indicators.Select(i => i.Values.LastOrDefault(v => v.RevisionNumber <= number) is { } value
            ? (new IndicatorEntry(i.Indicator, value.Reading), value.RevisionNumber == number)
            : (new IndicatorEntry(i.Indicator, IndicatorReading.NotCollected), false))];

    public sealed record ReportView(int Id, int MemberId, int CommitmentId, string MemberName, string CommitmentCode, string ShortTitle, string CycleCode, ReviewState State);

    public sealed record RevisionView(
        int Number, DateTimeOffset At, string Actor, RevisionAction Action, ReviewState State, string? Comment,
        Completion? Completion, string Narrative, string NextSteps, string Challenges, IReadOnlyList<string> Evidence, string? NotApplicableReason)
    {
        public ReportContent Content => new(Completion, Narrative, NextSteps, Challenges, Evidence, NotApplicableReason);

        public string AtText => At.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.CurrentCulture);

        /// <summary>The key of the action's words in the page's texts.</summary>
        public string ActionText => $"History.Action.{Action}";
    }
}
