using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using ActionPlanTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Review;

/// <summary>The secretariat's queue: the cycle's submitted reports, oldest submission first, with the cycle's counts.</summary>
[Authorize(Policy = Policies.Review)]
public sealed class IndexModel(ActionPlanDbContext db, IStringLocalizer<ReviewResources> text) : PageModel
{
    public string? CycleCode { get; private set; }

    public string? MemberCode { get; private set; }

    public IReadOnlyList<Choice> Cycles { get; private set; } = [];

    public IReadOnlyList<Choice> Members { get; private set; } = [];

    public IReadOnlyList<CountRow> CountsByMember { get; private set; } = [];

    public CountRow Totals { get; private set; } = new("", "", 0, 0, 0, 0, 0);

    public IReadOnlyList<QueueRow> Queue { get; private set; } = [];

    public IReadOnlyList<ReturnedRow> Returned { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? cycle, string? member, CancellationToken cancellationToken)
    {
        var asked = cycle?.Trim().ToUpperInvariant();
        var current = string.IsNullOrEmpty(asked)
            ? await db.CurrentCycleAsync(cancellationToken)
            : await db.Cycles.AsNoTracking().SingleOrDefaultAsync(c => c.Code == asked, cancellationToken);
        if (current is null)
        {
            // No cycle asked for and none open: the page says so. A cycle asked for that does not exist: 404.
            return string.IsNullOrEmpty(asked) ? Page() : NotFound();
        }

        var members = await db.Members.AsNoTracking().OrderBy(m => m.SortOrder)
            .Select(m => new { m.Id, m.Code, m.Name, m.NameFr }).ToListAsync(cancellationToken);
        var filter = string.IsNullOrWhiteSpace(member) ? null : members.SingleOrDefault(m => string.Equals(m.Code, member.Trim(), StringComparison.OrdinalIgnoreCase));
        if (!string.IsNullOrWhiteSpace(member) && filter is null)
        {
            return NotFound();
        }

        CycleCode = current.Code;
        MemberCode = filter?.Code;
        Members = [.. members.Select(m => new Choice(m.Code, PlanText.Choose(m.Name, m.NameFr)))];
        Cycles = await db.Cycles.AsNoTracking().Where(c => c.State != CycleState.Planned).OrderByDescending(c => c.Code)
            .Select(c => new Choice(c.Code, c.Code)).ToListAsync(cancellationToken);

        // Each member owes a report on every commitment of the plans the cycle monitors.
        var commitments = await db.Commitments.MonitoredIn(db, current.Id).CountAsync(cancellationToken);
        var groups = await db.Reports.AsNoTracking().Where(r => r.CycleId == current.Id)
            .GroupBy(r => new { r.MemberId, r.State, HasContent = r.LastChangedAt != null })
            .Select(g => new Group(g.Key.MemberId, g.Key.State, g.Key.HasContent, g.Count()))
            .ToListAsync(cancellationToken);
        CountsByMember = [.. members.Select(m => CountRow.Of(m.Code, PlanText.Choose(m.Name, m.NameFr), commitments, groups.Where(g => g.MemberId == m.Id)))];
        Totals = CountRow.Of("", text["Index.AllMembers"], commitments * members.Count, groups);

        var reports = db.Reports.AsNoTracking().Where(r => r.CycleId == current.Id);
        if (filter is not null)
        {
            reports = reports.Where(r => r.MemberId == filter.Id);
        }

        Queue = await (
            from r in reports.Where(r => r.State == ReviewState.Submitted)
            orderby r.LastChangedAt, r.Id
            select new QueueRow(
                r.Id, r.Member!.Name, r.Member.NameFr, r.Commitment!.Code, r.Commitment.ShortTitle, r.Commitment.ShortTitleFr, r.Completion, r.LastChangedAt,
                db.Users.Where(u => u.UserName == r.LastChangedBy).Select(u => u.DisplayName).FirstOrDefault() ?? r.LastChangedBy,
                r.ReturnCount > 0, r.ReturnCount > 0 && !r.ChangedSinceReturn, r.CarriedUnedited))
            .ToListAsync(cancellationToken);
        // The focal point may have saved since: the return is the last "Returned" revision, not the last change.
        Returned = await (
            from r in reports.Where(r => r.State == ReviewState.Returned)
            let returnedAt = r.Revisions.Where(v => v.Action == RevisionAction.Returned).Max(v => (DateTimeOffset?)v.At)
            orderby returnedAt, r.Id
            select new ReturnedRow(r.Id, r.Member!.Name, r.Member.NameFr, r.Commitment!.Code, r.Commitment.ShortTitle, r.Commitment.ShortTitleFr, returnedAt))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record Choice(string Value, string Text);

    public sealed record Group(int MemberId, ReviewState State, bool HasContent, int Count);

    public sealed record QueueRow(
        int Id, string MemberName, string? MemberNameFr, string Code, string ShortTitleEn, string? ShortTitleFr, Completion? Completion,
        DateTimeOffset? SubmittedAt, string? SubmittedBy, bool Resubmitted = false, bool UnchangedSinceReturn = false, bool CarriedUnedited = false)
    {
        public string Member => PlanText.Choose(MemberName, MemberNameFr);

        public string ShortTitle => PlanText.Choose(ShortTitleEn, ShortTitleFr);
    }

    public sealed record ReturnedRow(int Id, string MemberName, string? MemberNameFr, string Code, string ShortTitleEn, string? ShortTitleFr, DateTimeOffset? ReturnedAt)
    {
        public string Member => PlanText.Choose(MemberName, MemberNameFr);

        public string ShortTitle => PlanText.Choose(ShortTitleEn, ShortTitleFr);
    }

    /// <summary>Reports by review state; "No report" is every commitment without content, slot or not.</summary>
    public sealed record CountRow(string Code, string Name, int DraftWithContent, int Submitted, int Returned, int Approved, int NoReport)
    {
        public static CountRow Of(string code, string name, int expected, IEnumerable<Group> groups)
        {
            var list = groups.ToList();
            int Count(ReviewState state) => list.Where(g => g.State == state && g.HasContent).Sum(g => g.Count);
            var withContent = list.Where(g => g.HasContent).Sum(g => g.Count);
            return new(code, name, Count(ReviewState.Draft), Count(ReviewState.Submitted), Count(ReviewState.Returned),
                Count(ReviewState.Approved), Math.Max(0, expected - withContent));
        }
    }
}
