using System.Globalization;
using System.Security.Claims;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Api;

/// <summary>
/// Progress reports. Approved reports are for everyone with access; a report in any other state only for the tokens of
/// its own member's focal points. Untouched slots ("No report") are not reports and are left out.
/// </summary>
public static class ReportEndpoints
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Far past the last page of any real list, and low enough that the rows skipped stay a number (page × size).</summary>
    public const int MaxPage = 1_000_000;

    public static void MapReportEndpoints(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").RequireScope(ApiScopes.ReadReports).WithTags("Reports");
        reports.MapGet("", ListAsync).WithName("ListReports")
            .WithSummary("Reports, filtered and paged")
            .WithDescription("Reports saved at least once: a commitment a member has not reported on yet (\"No report\" on the pages) is not a " +
                "report and is not listed, so a member's total here can be lower than its number of commitments. Approved reports of every " +
                "member; reports in any other state only for the token holder's own member. " +
                "Filters: cycle (2025-H1), member (FR), plan (its key, such as g7-smuggling-of-migrants-2024), pillar (I…V, of every plan unless a plan is given), completion (notStarted, limited, substantial, complete, notApplicable, none). " +
                $"Pages: page from 1, pageSize up to {MaxPageSize} (default {DefaultPageSize}); the Link header names the other pages.");
        reports.MapGet("/{id:int}", GetAsync).WithName("GetReport").WithSummary("One report")
            .WithDescription("One report by its id, as listed. A report the token may not read answers 404, exactly like one that does not exist.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<ETagged<ApiReportPage>, ValidationProblem>> ListAsync(
        ActionPlanDbContext db, HttpContext http, ClaimsPrincipal user, CancellationToken cancel,
        string? cycle = null, string? member = null, string? plan = null, string? pillar = null, string? completion = null, int? page = null,
        int? pageSize = null)
    {
        var errors = new Dictionary<string, string[]>();
        var cycleCode = cycle?.Trim().ToUpperInvariant();
        var memberCode = member?.Trim().ToUpperInvariant();
        var numeral = pillar?.Trim().ToUpperInvariant();
        var size = pageSize ?? DefaultPageSize;
        var number = page ?? 1;
        if (number is < 1 or > MaxPage)
        {
            errors["page"] = [$"Pages are numbered from 1 to {MaxPage}."];
        }

        if (size is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"A page holds from 1 to {MaxPageSize} reports."];
        }

        if (cycle is not null && !CycleCode.TryParse(cycle, out _))
        {
            errors["cycle"] = [$"\"{cycle}\" is not a cycle: write the year and the half, such as 2025-H1."];
        }
        else if (cycle is not null && !await db.Cycles.AnyAsync(c => c.Code == cycleCode, cancel))
        {
            errors["cycle"] = [$"There is no cycle {cycle}."];
        }

        if (member is not null && !await db.Members.AnyAsync(m => m.Code == memberCode, cancel))
        {
            errors["member"] = [$"There is no member {member}; members are named by their codes, such as FR."];
        }

        var planKey = plan?.Trim();
        if (plan is not null && !await db.ActionPlans.Adopted().AnyAsync(p => p.Key == planKey, cancel))
        {
            errors["plan"] = [$"There is no plan {plan}; plans are named by their keys, such as g7-smuggling-of-migrants-2024 (see /api/v1/plans)."];
        }
        else if (pillar is not null && !await db.Pillars.AnyAsync(p => p.Numeral == numeral && (planKey == null || p.Plan!.Key == planKey), cancel))
        {
            errors["pillar"] = [$"There is no pillar {pillar}; pillars are named by their numerals, such as I to V."];
        }

        var (level, levelKnown) = ParseCompletion(completion);
        if (!levelKnown)
        {
            errors["completion"] = ["Completion is one of notStarted, limited, substantial, complete, notApplicable or none."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The filters or the page are not valid.");
        }

        var query = Visible(db, user);
        if (cycleCode is not null)
        {
            query = query.Where(r => r.Cycle == cycleCode);
        }

        if (memberCode is not null)
        {
            query = query.Where(r => r.Member == memberCode);
        }

        if (planKey is not null)
        {
            query = query.Where(r => r.Plan == planKey);
        }

        if (numeral is not null)
        {
            query = query.Where(r => r.Pillar == numeral);
        }

        if (completion is not null)
        {
            query = query.Where(r => r.Completion == level);
        }

        var total = await query.CountAsync(cancel);
        var items = await query
            .OrderBy(r => r.Cycle).ThenBy(r => r.MemberOrder).ThenBy(r => r.PlanStart).ThenBy(r => r.Plan).ThenBy(r => r.PillarNumber).ThenBy(r => r.CommitmentNumber).ThenBy(r => r.Id)
            .Skip((number - 1) * size).Take(size)
            .ToListAsync(cancel);
        var pages = Math.Max(1, (total + size - 1) / size);
        var body = new ApiReportPage([.. items.Select(r => r.ToApi())], number, size, total, pages);
        return new ETagged<ApiReportPage>(body, Links(http.Request, number, pages));
    }

    private static async Task<Results<ETagged<ApiReport>, ProblemHttpResult>> GetAsync(int id, ActionPlanDbContext db, ClaimsPrincipal user, CancellationToken cancel)
    {
        var report = await Visible(db, user).SingleOrDefaultAsync(r => r.Id == id, cancel);

        // Another member's draft answers exactly like a report that does not exist: its existence is not revealed.
        return report is null
            ? TypedResults.Problem($"There is no report {id} that this token may read.", statusCode: StatusCodes.Status404NotFound)
            : new ETagged<ApiReport>(report.ToApi());
    }

    private static IQueryable<Row> Visible(ActionPlanDbContext db, ClaimsPrincipal user)
    {
        // The API's rule, stricter than the pages' (see ReportVisibility.InApi).
        var own = user.IsInRole(Roles.FocalPoint) ? user.MemberId() : null;
        return from r in db.Reports.AsNoTracking().Where(ReportVisibility.InApi(own))
               select new Row
               {
                   Id = r.Id,
                   Cycle = r.Cycle!.Code,
                   Member = r.Member!.Code,
                   MemberOrder = r.Member.SortOrder,
                   Plan = r.Commitment!.Pillar!.Plan!.Key,
                   PlanStart = r.Commitment.Pillar.Plan.MeetingStart,
                   Pillar = r.Commitment.Pillar.Numeral,
                   PillarNumber = r.Commitment.Pillar.Number,
                   Commitment = r.Commitment.Code,
                   CommitmentNumber = r.Commitment.Number,
                   State = r.State,
                   Completion = r.Completion,
                   Narrative = r.Narrative,
                   NextSteps = r.NextSteps,
                   Challenges = r.Challenges,
                   Evidence = r.Evidence,
                   NotApplicableReason = r.NotApplicableReason,
                   LastChangedAt = r.LastChangedAt,
                   Revision = r.RevisionCount,
               };
    }

    /// <summary>The level named as the API writes it, any case; "none" for reports without one. Known is false for anything else.</summary>
    private static (Completion? Level, bool Known) ParseCompletion(string? text)
    {
        if (text is null || text.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return (null, true);
        }

        var level = CompletionScale.All.Cast<Completion?>().FirstOrDefault(l => l.ToString()!.Equals(text, StringComparison.OrdinalIgnoreCase));
        return (level, level is not null);
    }

    /// <summary>RFC 8288 links to the first, previous, next and last pages, keeping the request's filters.</summary>
    private static List<string> Links(HttpRequest request, int page, int pages)
    {
        string Link(int target, string rel)
        {
            var query = request.Query.Where(q => q.Key != "page").Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString())).Append(KeyValuePair.Create("page", (string?)target.ToString(CultureInfo.InvariantCulture)));
            return $"<{request.PathBase}{request.Path}{QueryString.Create(query)}>; rel=\"{rel}\"";
        }

        var links = new List<string> { Link(1, "first") };
        if (page > 1)
        {
            links.Add(Link(Math.Min(page - 1, pages), "prev"));
        }

        if (page < pages)
        {
            links.Add(Link(page + 1, "next"));
        }

        links.Add(Link(pages, "last"));
        return links;
    }

    /// <summary>A report with its names, in a shape EF can still filter and sort on.</summary>
    private sealed class Row
    {
        public int Id { get; init; }

        public string Cycle { get; init; } = "";

        public string Member { get; init; } = "";

        public int MemberOrder { get; init; }

        public string Plan { get; init; } = "";

        public DateOnly PlanStart { get; init; }

        public string Pillar { get; init; } = "";

        public int PillarNumber { get; init; }

        public string Commitment { get; init; } = "";

        public int CommitmentNumber { get; init; }

        public ReviewState State { get; init; }

        public Completion? Completion { get; init; }

        public string Narrative { get; init; } = "";

        public string NextSteps { get; init; } = "";

        public string Challenges { get; init; } = "";

        public IReadOnlyList<string> Evidence { get; init; } = [];

        public string? NotApplicableReason { get; init; }

        public DateTimeOffset? LastChangedAt { get; init; }

        public int Revision { get; init; }

        public ApiReport ToApi() => new(
            Id, Cycle, Member, Plan, Pillar, Commitment, State, Completion, Narrative, NextSteps, Challenges, Evidence, NotApplicableReason, LastChangedAt, Revision);
    }
}
