using ActionPlanTracker.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Benchmarks;

/// <summary>
/// The benchmarks' reference page, built to the TechEmpower Fortunes rules: read a small table, add one row in memory,
/// sort by message, encode, render with Razor. Every page is measured as a ratio to this one in the same run, because
/// absolute figures on a shared machine do not travel (bench/README). It exists only where
/// <c>Benchmarks:BaselinePage</c> is true: the bench loader creates its <c>fortune</c> table; no migration does.
/// </summary>
[AllowAnonymous]
public sealed class FortunesModel(ActionPlanDbContext db, IConfiguration configuration) : PageModel
{
    public const string SettingName = "Benchmarks:BaselinePage";

    public IReadOnlyList<Fortune> Fortunes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>(SettingName))
        {
            return NotFound();
        }

        var fortunes = await db.Database.SqlQuery<Fortune>($"SELECT id, message FROM fortune").ToListAsync(cancellationToken);
        fortunes.Add(new Fortune { Id = 0, Message = "Additional fortune added at request time." });
        fortunes.Sort((a, b) => string.CompareOrdinal(a.Message, b.Message));
        Fortunes = fortunes;
        return Page();
    }

    public sealed class Fortune
    {
        public int Id { get; init; }

        public string Message { get; init; } = "";
    }
}
