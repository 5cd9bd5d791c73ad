using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Api;

/// <summary>The plan, the members and the cycles: reference data every token holder may read.</summary>
public static class PlanEndpoints
{
    public static void MapPlanEndpoints(this RouteGroupBuilder api)
    {
        var plan = api.MapGroup("").RequireScope(ApiScopes.ReadPlan).WithTags("Plan");
        plan.MapGet("/plan", GetPlanAsync).WithName("GetPlan").WithSummary("The action plan with its pillars and commitments")
            .WithDescription("The plan as adopted, in English: its five pillars in order, each with its commitments (code such as I.1, a short title, the adopted text).");
        plan.MapGet("/members", GetMembersAsync).WithName("GetMembers").WithSummary("The members")
            .WithDescription("Every member of the monitoring, in the order the Roma-Lyon Group lists them, by code (FR) and name: the G7 members and the coalition partners, with whether each files reports now. A member that stopped reporting is still listed: its reports stay.");
        plan.MapGet("/cycles", GetCyclesAsync).WithName("GetCycles").WithSummary("The reporting cycles, oldest first")
            .WithDescription("Every half-year cycle (2025-H1): its state, the period it covers, the deadline for reports, the Heads of Delegation meeting it prepares and the member that held the G7 presidency in the year it starts.");
    }

    private static async Task<Results<ETagged<ApiPlan>, ProblemHttpResult>> GetPlanAsync(ActionPlanDbContext db, CancellationToken cancel)
    {
        var plan = await db.ActionPlans.AsNoTracking().OrderBy(p => p.Id)
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
            .FirstOrDefaultAsync(cancel);
        return plan is null
            ? TypedResults.Problem("No plan is loaded yet.", statusCode: StatusCodes.Status404NotFound)
            : new ETagged<ApiPlan>(new ApiPlan(plan.Key, plan.Title, plan.AdoptedBy, plan.AdoptedAt, plan.AdoptedAt, plan.Pillars));
    }

    private static async Task<ETagged<IReadOnlyList<ApiMember>>> GetMembersAsync(ActionPlanDbContext db, CancellationToken cancel) =>
        new([.. (await db.Members.AsNoTracking().OrderBy(m => m.SortOrder).Select(m => new { m.Code, m.Name, m.IsG7Member, m.IsActive, m.Reports }).ToListAsync(cancel))
            .Select(m => new ApiMember(m.Code, m.Name, m.IsG7Member, Member.Files(m.IsActive, m.Reports)))]);

    private static async Task<ETagged<IReadOnlyList<ApiCycle>>> GetCyclesAsync(ActionPlanDbContext db, CancellationToken cancel) =>
        new(await db.Cycles.AsNoTracking().OrderBy(c => c.Code)
            .Select(c => new ApiCycle(c.Code, c.State, c.PeriodStart, c.PeriodEnd, c.SubmissionDeadline, c.MeetingDate,
                db.Presidencies.Where(p => p.Year == c.PeriodStart.Year).Select(p => p.Member!.Code).FirstOrDefault()))
            .ToListAsync(cancel));
}
