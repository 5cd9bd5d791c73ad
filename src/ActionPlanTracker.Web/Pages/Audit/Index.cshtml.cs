using System.Globalization;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Security;
using ActionPlanTracker.Web.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Audit;

/// <summary>
/// The audit trail, newest first, filtered by the query string (so a view can be bookmarked). Paging is by id
/// (?before=ID older, ?after=ID newer), never OFFSET: the last page costs what the first does.
/// </summary>
[Authorize(Policy = Policies.ReadAll)]
public sealed class IndexModel(ActionPlanDbContext db, IStringLocalizer<AuditResources> text) : PageModel
{
    public const int PageSize = 50;

    /// <summary>Bound from the plain query names (?from=&amp;actor=…): the binder falls back to no prefix.</summary>
    [BindProperty(SupportsGet = true)]
    public FilterModel Filter { get; set; } = new();

    public IReadOnlyList<EventView> Events { get; private set; } = [];

    public IReadOnlyList<string> MemberCodes { get; private set; } = [];

    public long? OlderThan { get; private set; }

    public long? NewerThan { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var members = await db.Members.AsNoTracking().OrderBy(m => m.SortOrder).Select(m => new { m.Id, m.Code }).ToListAsync(cancellationToken);
        MemberCodes = [.. members.Select(m => m.Code)];
        if (!new Validator(MemberCodes, text).Validate(Filter).AddTo(ModelState, nameof(Filter)))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var query = Filtered(members.SingleOrDefault(m => m.Code == Filter.Member)?.Id);
        var page = Filter.After is { } after
            ? (await query.Where(e => e.Id > after).OrderBy(e => e.Id).Take(PageSize).Select(View).ToListAsync(cancellationToken)).AsEnumerable().Reverse().ToList()
            : await query.Where(e => Filter.Before == null || e.Id < Filter.Before).OrderByDescending(e => e.Id).Take(PageSize).Select(View).ToListAsync(cancellationToken);
        if (page.Count > 0)
        {
            var (newest, oldest) = (page[0].Id, page[^1].Id);
            OlderThan = await query.AnyAsync(e => e.Id < oldest, cancellationToken) ? oldest : null;
            NewerThan = await query.AnyAsync(e => e.Id > newest, cancellationToken) ? newest : null;
        }

        var codes = members.ToDictionary(m => m.Id, m => m.Code);
        Events = [.. page.Select(e => e with { MemberCode = e.MemberId is { } id ? codes.GetValueOrDefault(id) : null })];
        return Page();
    }

    /// <summary>The address of this view with another page position (?before= or ?after=), for the paging links.</summary>
    public string Link(string? position = null, long? id = null)
    {
        KeyValuePair<string, string?>[] values =
        [
            new("from", Filter.From), new("to", Filter.To), new("actor", Filter.Actor), new("member", Filter.Member),
            new("entity", Filter.Entity), new("action", Filter.Action),
            new(position ?? "", id?.ToString(CultureInfo.InvariantCulture)),
        ];
        return "/audit" + QueryString.Create(values.Where(v => v.Key.Length > 0 && !string.IsNullOrEmpty(v.Value)));
    }

    private IQueryable<AuditEvent> Filtered(int? memberId)
    {
        var query = db.AuditEvents.AsNoTracking();
        if (Date(Filter.From) is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(e => e.At >= start);
        }

        if (Date(Filter.To) is { } to)
        {
            // "To" is a whole day, included.
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(e => e.At < end);
        }

        if (!string.IsNullOrEmpty(Filter.Actor))
        {
            query = query.Where(e => e.Actor == Filter.Actor);
        }

        if (memberId is not null)
        {
            query = query.Where(e => e.MemberId == memberId);
        }

        if (!string.IsNullOrEmpty(Filter.Entity))
        {
            query = query.Where(e => e.Entity == Filter.Entity);
        }

        if (!string.IsNullOrEmpty(Filter.Action))
        {
            query = query.Where(e => e.Action == Filter.Action);
        }

        return query;
    }

    private static readonly System.Linq.Expressions.Expression<Func<AuditEvent, EventView>> View = e =>
        new EventView(e.Id, e.Sequence, e.At, e.Actor, e.Entity, e.EntityKey, e.Action, e.MemberId, null, e.Before, e.After);

    public static DateOnly? Date(string? text) => IsoDates.Read(text);

    public sealed class FilterModel
    {
        public string? From { get; set; }

        public string? To { get; set; }

        public string? Actor { get; set; }

        /// <summary>A member's code, such as FR.</summary>
        public string? Member { get; set; }

        public string? Entity { get; set; }

        public string? Action { get; set; }

        public long? Before { get; set; }

        public long? After { get; set; }
    }

    public sealed class Validator : AbstractValidator<FilterModel>
    {
        public Validator(IReadOnlyList<string> memberCodes, IStringLocalizer<AuditResources> text)
        {
            RuleFor(x => x.From).Must(d => string.IsNullOrEmpty(d) || Date(d) is not null).WithMessage(text["Index.FromInvalid"]);
            RuleFor(x => x.To).Must(d => string.IsNullOrEmpty(d) || Date(d) is not null).WithMessage(text["Index.ToInvalid"]);
            RuleFor(x => x.To).Must((x, to) => !(Date(x.From) is { } from && Date(to) is { } end && end < from))
                .WithMessage(text["Index.EndBeforeStart"]);
            RuleFor(x => x.Member).Must(m => string.IsNullOrEmpty(m) || memberCodes.Contains(m))
                .WithMessage(text["Index.MemberInvalid", string.Join(", ", memberCodes)]);
            RuleFor(x => x.Actor).MaximumLength(256).WithMessage(text["Index.ActorTooLong"]);
            RuleFor(x => x.Entity).MaximumLength(100).WithMessage(text["Index.EntityTooLong"]);
            RuleFor(x => x.Action).MaximumLength(100).WithMessage(text["Index.ActionTooLong"]);
            RuleFor(x => x).Must(x => x.Before is null || x.After is null).WithMessage(text["Index.BothPages"]);
        }
    }

    public sealed record EventView(
        long Id, long Sequence, DateTimeOffset At, string Actor, string Entity, string EntityKey, string Action, int? MemberId,
        string? MemberCode, string? Before, string? After)
    {
        public string AtText => At.UtcDateTime.ToString("d MMM yyyy, HH:mm:ss 'UTC'", CultureInfo.CurrentCulture);

        public IReadOnlyList<ChangedField> Fields => ChangedFields.Of(Before, After);

        /// <summary>A report's id, when the event concerns one: its history is one link away.</summary>
        public int? ReportId => Entity switch
        {
            nameof(ProgressReport) => ParseId(EntityKey),

            // An attachment's key starts with its report's id: report/file name.
            nameof(Attachment) => ParseId(EntityKey.Split('/', 2)[0]),
            _ => null,
        };

        private static int? ParseId(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
