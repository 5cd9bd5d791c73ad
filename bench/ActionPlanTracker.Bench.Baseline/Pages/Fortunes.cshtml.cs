using ActionPlanTracker.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Bench.Baseline.Pages;

/// <summary>
/// The benchmarks' reference page, built to the TechEmpower Fortunes rules: read a small table, add one row in memory,
/// sort by message, encode, render with Razor. Every page is measured as a ratio to this one in the same run, because
/// absolute figures on a shared machine do not travel (README, "Performance"). It exists only where the runner loads
/// this assembly (<see cref="BaselineStartup"/>); the bench loader creates its <c>fortune</c> table; no migration does.
/// </summary>
[AllowAnonymous]
public sealed class FortunesModel(ActionPlanDbContext db) : PageModel
{
    public IReadOnlyList<Fortune> Fortunes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var fortunes = await db.Database.SqlQuery<Fortune>($"SELECT id, message FROM fortune").ToListAsync(cancellationToken);
        fortunes.Add(new Fortune { Id = 0, Message = "Additional fortune added at request time." });
        fortunes.Sort((a, b) => string.CompareOrdinal(a.Message, b.Message));
        Fortunes = fortunes;
    }

    public sealed class Fortune
    {
        public int Id { get; init; }

        public string Message { get; init; } = "";
    }
}
