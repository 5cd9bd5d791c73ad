using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Testing;

public static class CycleSeed
{
    /// <summary>
    /// Creates a cycle over its half-year and opens it, with a report slot for every member and commitment; returns
    /// its id. The deadline is 15 days after the half-year unless given; a given deadline before the half-year (a test
    /// counting days from today) moves the reporting period before it.
    /// </summary>
    public static async Task<int> OpenCycleAsync(this AppFactory factory, string code, DateOnly? deadline = null)
    {
        var name = CycleCode.Parse(code);
        var due = deadline ?? name.PeriodEnd.AddDays(15);
        var (start, end) = due >= name.PeriodEnd ? (name.PeriodStart, name.PeriodEnd) : (due.AddDays(-200), due.AddDays(-15));
        await using var db = factory.CreateDbContext();
        var cycle = new ReportingCycle(name, start, end, due, due.AddDays(30));
        db.Cycles.Add(cycle);
        await db.SaveChangesAsync();
        await db.OpenWithSlotsAsync(cycle);
        await db.SaveChangesAsync();
        return cycle.Id;
    }
}
