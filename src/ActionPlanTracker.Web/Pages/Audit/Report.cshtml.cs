using System.Globalization;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using ActionPlanTracker.Web.Security;
using ActionPlanTracker.Web.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Audit;

/// <summary>
/// Two revisions of one report side by side, field by field, long text diffed word by word. For those who read
/// everything and for the member's own focal points; by default the last revision against the one before it.
/// </summary>
[Authorize]
public sealed class ReportModel(ActionPlanDbContext db, IStringLocalizer<AuditResources> text) : PageModel
{
    /// <summary>Revision numbers to compare; 0 is the empty report before the first save.</summary>
    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    public ReportView Report { get; private set; } = null!;

    public IReadOnlyList<RevisionView> Revisions { get; private set; } = [];

    public RevisionView? Older { get; private set; }

    public RevisionView? Newer { get; private set; }

    public IReadOnlyList<FieldChange> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var report = await (
            from r in db.Reports.AsNoTracking()
            where r.Id == id
            select new ReportView(r.Id, r.MemberId, r.Member!.Name, r.Member.NameFr, r.Commitment!.Code, r.Commitment.ShortTitle, r.Commitment.ShortTitleFr, r.Cycle!.Code))
            .SingleOrDefaultAsync(cancellationToken);
        var isOwnFocalPoint = report is not null && User.IsInRole(Roles.FocalPoint) && User.MemberId() == report.MemberId;

        // Another member's focal point learns nothing, not even that the report exists.
        if (report is null || !(isOwnFocalPoint || User.CanReadAll()))
        {
            return NotFound();
        }

        // A revision number that is not a number: say so above the form, and show the default comparison.
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            (From, To) = (null, null);
        }

        Report = report;
        Revisions = await db.ReportRevisions.AsNoTracking()
            .Where(v => v.ProgressReportId == id)
            .OrderBy(v => v.Number)
            .Select(v => new RevisionView(
                v.Number, v.At, v.Actor, v.Action, v.State, v.Comment,
                v.Completion, v.Narrative, v.NextSteps, v.Challenges, v.Evidence, v.NotApplicableReason))
            .ToListAsync(cancellationToken);

        var last = Revisions.Count == 0 ? 0 : Revisions[^1].Number;
        var to = To ?? last;
        var from = From ?? Math.Max(0, to - 1);
        if (!Exists(from) || !Exists(to))
        {
            return NotFound();
        }

        (From, To) = (from, to);
        Older = Revisions.FirstOrDefault(v => v.Number == from);
        Newer = Revisions.FirstOrDefault(v => v.Number == to);
        Changes = FieldChange.Between(Older, Newer, text);
        return Page();
    }

    private bool Exists(int number) => number == 0 || Revisions.Any(v => v.Number == number);

    /// <summary>"Revision 2, 5 Nov 2026, 14:15 UTC, Submitted by fp-fr", in the reader's language; null for the empty report before the first save.</summary>
    public string Label(RevisionView? revision) => revision is null
        ? text["Report.BeforeFirst"]
        : text["Report.Revision", revision.Number, revision.At.UtcDateTime.ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.CurrentCulture),
            TrailWords.Of(text).Action(revision.Action.ToString()), revision.Actor];

    public sealed record ReportView(
        int Id, int MemberId, string MemberNameEn, string? MemberNameFr, string CommitmentCode, string ShortTitleEn, string? ShortTitleFr, string CycleCode)
    {
        public string MemberName => PlanText.Choose(MemberNameEn, MemberNameFr);

        public string ShortTitle => PlanText.Choose(ShortTitleEn, ShortTitleFr);
    }

    public sealed record RevisionView(
        int Number, DateTimeOffset At, string Actor, RevisionAction Action, ReviewState State, string? Comment,
        Completion? Completion, string Narrative, string NextSteps, string Challenges, IReadOnlyList<string> Evidence, string? NotApplicableReason);

    /// <summary>
    /// One field of the report in the two revisions; long text carries its word diff. The id names the field the same
    /// way in every language; the name is the reader's. Completion and state show as stored, as the trail records them.
    /// </summary>
    public sealed record FieldChange(string Id, string Name, string? Before, string? After, IReadOnlyList<DiffPart>? Diff)
    {
        public bool Changed => Before != After;

        public static IReadOnlyList<FieldChange> Between(RevisionView? older, RevisionView? newer, IStringLocalizer<AuditResources> text) =>
        [
            Short("completion", text["Field.Completion"], older?.Completion?.ToString(), newer?.Completion?.ToString()),
            Short("state", text["Field.State"], older?.State.ToString(), newer?.State.ToString()),
            Long("narrative", text["Field.Narrative"], older?.Narrative, newer?.Narrative),
            Long("next-steps", text["Field.NextSteps"], older?.NextSteps, newer?.NextSteps),
            Long("challenges", text["Field.Challenges"], older?.Challenges, newer?.Challenges),
            Long("evidence", text["Field.Evidence"], Lines(older?.Evidence), Lines(newer?.Evidence)),
            Long("reason-(not-applicable)", text["Field.NotApplicableReason"], older?.NotApplicableReason, newer?.NotApplicableReason),
            Long("secretariats-comment", text["Field.ReviewComment"], older?.Comment, newer?.Comment),
        ];

        private static FieldChange Short(string id, string name, string? before, string? after) => new(id, name, before, after, null);

        private static FieldChange Long(string id, string name, string? before, string? after) =>
            new(id, name, before, after, before == after ? null : TextDiff.Words(before, after));

        private static string? Lines(IReadOnlyList<string>? lines) => lines is null ? null : string.Join('\n', lines);
    }
}
