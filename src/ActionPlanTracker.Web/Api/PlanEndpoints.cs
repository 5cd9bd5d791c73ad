using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Seed;
using ActionPlanTracker.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Api;

/// <summary>The plans, the members and the cycles: reference data every token holder may read.</summary>
public static class PlanEndpoints
{
    public static void MapPlanEndpoints(this RouteGroupBuilder api)
    {
        var plan = api.MapGroup("").RequireScope(ApiScopes.ReadPlan).WithTags("Plan");
        plan.MapGet("/plans", GetPlansAsync).WithName("GetPlans").WithSummary("The plans, oldest first, with their pillars and commitments")
            .WithDescription("Every plan the Roma-Lyon Group monitors, in English, oldest first: each with its pillars in order and their commitments (code such as I.1, a short title, the adopted text). A code is unique within its plan only; a cycle names the plans it monitors.");
        plan.MapGet("/plans/{key}", GetPlanByKeyAsync).WithName("GetPlanByKey").WithSummary("One plan with its pillars and commitments")
            .WithDescription("The plan of that key (such as g7-smuggling-of-migrants-2024), in English: its pillars in order, each with its commitments.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        plan.MapGet("/plan", GetPlanAsync).WithName("GetPlan").WithSummary("The plan as adopted in 2024 (kept for existing clients)")
            .WithDescription("The G7 Action Plan to Prevent and Counter the Smuggling of Migrants as adopted in October 2024, in English: the same answer as /plans/g7-smuggling-of-migrants-2024. New clients read /plans.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        plan.MapGet("/members", GetMembersAsync).WithName("GetMembers").WithSummary("The members")
            .WithDescription("Every member of the monitoring, in the order the Roma-Lyon Group lists them, by code (FR) and name: the G7 members and the coalition partners, with whether each files reports now. A member that stopped reporting is still listed: its reports stay.");
        plan.MapGet("/cycles", GetCyclesAsync).WithName("GetCycles").WithSummary("The reporting cycles, oldest first")
            .WithDescription("Every half-year cycle (2025-H1): its state, the period it covers, the deadline for reports, the Heads of Delegation meeting it prepares and the member that held the G7 presidency in the year it starts.");
    }

    private static Task<Results<ETagged<ApiPlan>, ProblemHttpResult>> GetPlanAsync(ActionPlanDbContext db, CancellationToken cancel) =>
        GetPlanByKeyAsync(PlanDocument.Adopted.Key, db, cancel);

    private static async Task<Results<ETagged<ApiPlan>, ProblemHttpResult>> GetPlanByKeyAsync(string key, ActionPlanDbContext db, CancellationToken cancel) =>
        (await PlansAsync(db.ActionPlans.Adopted().Where(p => p.Key == key), cancel)).SingleOrDefault() is { } plan
            ? new ETagged<ApiPlan>(plan)
            : TypedResults.Problem($"There is no plan {key}.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<ETagged<IReadOnlyList<ApiPlan>>> GetPlansAsync(ActionPlanDbContext db, CancellationToken cancel) =>
        new(await PlansAsync(db.ActionPlans.Adopted(), cancel));

    private static async Task<IReadOnlyList<ApiPlan>> PlansAsync(IQueryable<ActionPlan> plans, CancellationToken cancel) =>
        [.. (await plans.AsNoTracking().OrderBy(p => p.MeetingStart).ThenBy(p => p.Key)
            .Select(p => new
            {
                p.Key,
                p.Title,
                p.AdoptedBy,
                p.AdoptedAt,
                Pillars = p.Pillars.OrderBy(x => x.Number).Select(x => new ApiPillar(
                    x.Number, x.Numeral, x.Title, x.LeadSentence,
                    x.Commitments.OrderBy(c => c.Number).Select(c => new ApiCommitment(c.Code, c.Number, c.ShortTitle, c.Text)).ToList())).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancel))
            .Select(plan => new ApiPlan(plan.Key, plan.Title, plan.AdoptedBy, plan.AdoptedAt, plan.AdoptedAt, plan.Pillars))];

    private static async Task<ETagged<IReadOnlyList<ApiMember>>> GetMembersAsync(ActionPlanDbContext db, CancellationToken cancel) =>
        new([.. (await db.Members.AsNoTracking().OrderBy(m => m.SortOrder).Select(m => new { m.Code, m.Name, m.IsG7Member, m.IsActive, m.Reports }).ToListAsync(cancel))
            .Select(m => new ApiMember(m.Code, m.Name, m.IsG7Member, Member.Files(m.IsActive, m.Reports)))]);

    private static async Task<ETagged<IReadOnlyList<ApiCycle>>> GetCyclesAsync(ActionPlanDbContext db, CancellationToken cancel) =>
        new(await db.Cycles.AsNoTracking().OrderBy(c => c.Code)
            .Select(c => new ApiCycle(c.Code, c.State, c.PeriodStart, c.PeriodEnd, c.SubmissionDeadline, c.MeetingDate,
                db.Presidencies.Where(p => p.Year == c.PeriodStart.Year).Select(p => p.Member!.Code).FirstOrDefault(),
                c.Plans.OrderBy(p => p.Plan!.MeetingStart).Select(p => p.Plan!.Key).ToList()))
            .AsSingleQuery()
            .ToListAsync(cancel));
}
