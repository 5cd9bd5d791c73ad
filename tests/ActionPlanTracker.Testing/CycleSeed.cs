using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Seed;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Testing;

public static class CycleSeed
{
    /// <summary>
    /// The half-year before the one holding today: the code for a cycle whose deadline a test counts in days from today
    /// (a cycle's dates fall in the half-year its code names, and its deadline within a year after it).
    /// </summary>
    public static string PreviousHalfYear => Current.Previous.ToString();

    /// <summary>The half-year holding today.</summary>
    public static string CurrentHalfYear => Current.ToString();

    private static CycleCode Current => CycleCode.Of(DateTime.UtcNow.Year, DateTime.UtcNow.Month <= 6 ? 1 : 2);

    /// <summary>
    /// Creates a cycle over its half-year and opens it, with a report slot for every member and commitment; returns
    /// its id. The deadline is 15 days after the half-year unless given; a given deadline inside the half-year ends the
    /// reporting period 15 days before it.
    /// </summary>
    public static async Task<int> OpenCycleAsync(this AppFactory factory, string code, DateOnly? deadline = null)
    {
        var name = CycleCode.Parse(code);
        var due = deadline ?? name.PeriodEnd.AddDays(15);
        if (due < name.PeriodStart.AddDays(16))
        {
            throw new ArgumentException($"A deadline of {due:yyyy-MM-dd} is before {code} has begun: take an earlier half-year, such as {nameof(PreviousHalfYear)}.", nameof(deadline));
        }

        var (start, end) = due >= name.PeriodEnd ? (name.PeriodStart, name.PeriodEnd) : (name.PeriodStart, due.AddDays(-15));
        await using var db = factory.CreateDbContext();
        var cycle = new ReportingCycle(name, start, end, due, due.AddDays(30), await db.AdoptedPlanAsync());
        db.Cycles.Add(cycle);
        await db.SaveChangesAsync();
        await db.OpenWithSlotsAsync(cycle);
        await db.SaveChangesAsync();
        return cycle.Id;
    }

    /// <summary>The key of the plan as adopted in 2024: the value a new cycle's form sends to monitor it.</summary>
    public static string AdoptedPlan => PlanDocument.Adopted.Key;

    /// <summary>The plan as adopted in 2024, which the seed loads: the plan a test's cycles monitor unless it says otherwise.</summary>
    public static async Task<IReadOnlyList<ActionPlan>> AdoptedPlanAsync(this ActionPlanDbContext db, CancellationToken cancellationToken = default) =>
        [await db.ActionPlans.SingleAsync(p => p.Key == PlanDocument.Adopted.Key, cancellationToken)];

    /// <summary>A new plan's draft, keyed <paramref name="key"/>: one pillar with commitments I.1 and I.2, not adopted.</summary>
    public static async Task<ActionPlan> DraftPlanAsync(this ActionPlanDbContext db, string key, CancellationToken cancellationToken = default)
    {
        var draft = ActionPlan.NewDraft(key, "Draft test plan", null, "G7 Interior and Security Ministers");
        var pillar = draft.AddPillar("Detecting fraud", "G7 members will:");
        draft.AddCommitment(pillar, "I.1", "Fraud desks", "Set up fraud desks.", []);
        draft.AddCommitment(pillar, "I.2", "Shared alerts", "Share alerts on forged documents.", []);
        db.ActionPlans.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }
}
