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

/// <summary>
/// The secretariat's review desk: the cycle's counts, the queue filtered by member, pillar, commitment, state, age and
/// flags in the order chosen (<see cref="QueueFilter"/>, kept in every link), bulk approval of the reports ticked, and
/// the returned reports with their comments.
/// </summary>
[Authorize(Policy = Policies.Review)]
public sealed class IndexModel(ActionPlanDbContext db, TimeProvider clock, IStringLocalizer<ReviewResources> text) : PageModel
{
    public string? CycleCode { get; private set; }

    public QueueFilter Filter { get; private set; } = new();

    public IReadOnlyList<Choice> Cycles { get; private set; } = [];

    public IReadOnlyList<Choice> Members { get; private set; } = [];

    public IReadOnlyList<Choice> Pillars { get; private set; } = [];

    public IReadOnlyList<Choice> Commitments { get; private set; } = [];

    public IReadOnlyList<CountRow> CountsByMember { get; private set; } = [];

    public CountRow Totals { get; private set; } = new("", "", 0, 0, 0, 0, 0);

    public IReadOnlyList<QueueRow> Queue { get; private set; } = [];

    public IReadOnlyList<ReturnedRow> Returned { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] QueueFilter filter, CancellationToken cancellationToken)
    {
        Filter = filter.Normalised();
        if (!ModelState.IsValid || !Filter.IsWellFormed)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, text["Index.FilterNotUnderstood"]);
            Filter = new QueueFilter { Cycle = Filter.Cycle };
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        var current = Filter.Cycle is null
            ? await db.CurrentCycleAsync(cancellationToken)
            : await db.Cycles.AsNoTracking().SingleOrDefaultAsync(c => c.Code == Filter.Cycle, cancellationToken);
        if (current is null)
        {
            // No cycle asked for and none open: the page says so. A cycle asked for that does not exist: 404.
            return Filter.Cycle is null ? Page() : NotFound();
        }

        var members = await db.Members.AsNoTracking().OrderBy(m => m.SortOrder)
            .Select(m => new { m.Id, m.Code, m.Name, m.NameFr }).ToListAsync(cancellationToken);
        var monitored = await db.Commitments.AsNoTracking().MonitoredIn(db, current.Id)
            .OrderBy(c => c.Pillar!.Plan!.MeetingStart).ThenBy(c => c.Pillar!.Number).ThenBy(c => c.Number)
            .Select(c => new { c.Code, c.ShortTitle, c.ShortTitleFr, c.Pillar!.Numeral, PillarTitle = c.Pillar.Title, PillarTitleFr = c.Pillar.TitleFr })
            .ToListAsync(cancellationToken);
        // A member, pillar or commitment the cycle does not have: there is nothing at that address.
        if ((Filter.Member is { } member && members.All(m => m.Code != member))
            || (Filter.Pillar is { } pillar && monitored.All(c => c.Numeral != pillar))
            || (Filter.Commitment is { } commitment && monitored.All(c => c.Code != commitment)))
        {
            return NotFound();
        }

        CycleCode = current.Code;
        Filter.Cycle = current.Code;
        Now = clock.GetUtcNow();
        Members = [.. members.Select(m => new Choice(m.Code, PlanText.Choose(m.Name, m.NameFr)))];
        Pillars = [.. monitored.DistinctBy(c => c.Numeral).Select(c => new Choice(c.Numeral, $"{c.Numeral} {PlanText.Choose(c.PillarTitle, c.PillarTitleFr)}"))];
        Commitments = [.. monitored.DistinctBy(c => c.Code).Select(c => new Choice(c.Code, $"{c.Code} {PlanText.Choose(c.ShortTitle, c.ShortTitleFr)}"))];
        Cycles = await db.Cycles.AsNoTracking().Where(c => c.State != CycleState.Planned).OrderByDescending(c => c.Code)
            .Select(c => new Choice(c.Code, c.Code)).ToListAsync(cancellationToken);

        // Each member owes a report on every commitment of the plans the cycle monitors.
        var groups = await db.Reports.AsNoTracking().Where(r => r.CycleId == current.Id)
            .GroupBy(r => new { r.MemberId, r.State, HasContent = r.LastChangedAt != null })
            .Select(g => new Group(g.Key.MemberId, g.Key.State, g.Key.HasContent, g.Count()))
            .ToListAsync(cancellationToken);
        CountsByMember = [.. members.Select(m => CountRow.Of(m.Code, PlanText.Choose(m.Name, m.NameFr), monitored.Count, groups.Where(g => g.MemberId == m.Id)))];
        Totals = CountRow.Of("", text["Index.AllMembers"], monitored.Count * members.Count, groups);

        Queue = await Filter.Apply(db.Reports.AsNoTracking(), current.Id, Now)
            .Select(r => new QueueRow(
                r.Id, r.Member!.Name, r.Member.NameFr, r.Commitment!.Code, r.Commitment.ShortTitle, r.Commitment.ShortTitleFr, r.Completion, r.State,
                r.LastChangedAt,
                db.Users.Where(u => u.UserName == r.LastChangedBy).Select(u => u.DisplayName).FirstOrDefault() ?? r.LastChangedBy,
                r.ReturnCount > 0, r.ReturnCount > 0 && !r.ChangedSinceReturn, r.CarriedUnedited))
            .ToListAsync(cancellationToken);

        // The focal point may have saved since: the return is the last "Returned" revision, not the last change.
        var returned = db.Reports.AsNoTracking().Where(r => r.CycleId == current.Id && r.State == ReviewState.Returned);
        if (Filter.Member is { } returnedOf)
        {
            returned = returned.Where(r => r.Member!.Code == returnedOf);
        }

        Returned = await (
            from r in returned
            let returnedAt = r.Revisions.Where(v => v.Action == RevisionAction.Returned).Max(v => (DateTimeOffset?)v.At)
            orderby returnedAt, r.Id
            select new ReturnedRow(
                r.Id, r.Member!.Name, r.Member.NameFr, r.Commitment!.Code, r.Commitment.ShortTitle, r.Commitment.ShortTitleFr, returnedAt, r.ReviewComment,
                r.ChangedSinceReturn))
            .ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>Whole days from <paramref name="at"/> to now: how long a report has waited.</summary>
    public int DaysSince(DateTimeOffset? at) => at is { } value ? Math.Max(0, (int)(Now - value).TotalDays) : 0;

    public sealed record Choice(string Value, string Text);

    public sealed record Group(int MemberId, ReviewState State, bool HasContent, int Count);

    public sealed record QueueRow(
        int Id, string MemberName, string? MemberNameFr, string Code, string ShortTitleEn, string? ShortTitleFr, Completion? Completion, ReviewState State,
        DateTimeOffset? LastChangedAt, string? LastChangedBy, bool Resubmitted, bool UnchangedSinceReturn, bool CarriedUnedited)
    {
        public string Member => PlanText.Choose(MemberName, MemberNameFr);

        public string ShortTitle => PlanText.Choose(ShortTitleEn, ShortTitleFr);
    }

    public sealed record ReturnedRow(
        int Id, string MemberName, string? MemberNameFr, string Code, string ShortTitleEn, string? ShortTitleFr, DateTimeOffset? ReturnedAt, string? Comment,
        bool ChangedSinceReturn)
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
