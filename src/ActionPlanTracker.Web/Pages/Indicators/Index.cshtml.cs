using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Indicators;

/// <summary>The indicators the secretariat defined on one commitment: what each measures and how it is broken down.</summary>
[Authorize]
public sealed class IndexModel(ActionPlanDbContext db) : PageModel
{
    public string Code { get; private set; } = "";

    public string ShortTitle { get; private set; } = "";

    public IReadOnlyList<IndicatorRow> Indicators { get; private set; } = [];

    public bool CanDefine => User.IsInRole(Roles.Secretariat);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var asked = code.Trim().ToUpperInvariant();
        var commitment = await db.Commitments.AsNoTracking().Where(c => c.Code == asked)
            .Select(c => new { c.Id, c.Code, c.ShortTitle }).FirstOrDefaultAsync(cancellationToken);
        if (commitment is null)
        {
            return NotFound();
        }

        Code = commitment.Code;
        ShortTitle = commitment.ShortTitle;
        Indicators = await db.Indicators.AsNoTracking().Where(i => i.CommitmentId == commitment.Id).OrderBy(i => i.Name)
            .Select(i => new IndicatorRow(i.Id, i.Name, i.Unit, i.Definition, i.Kind, i.SexCategories, i.AgeGroups))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record IndicatorRow(int Id, string Name, string Unit, string Definition, IndicatorKind Kind, List<string> SexCategories, List<string> AgeGroups)
    {
        public string Breakdowns => (SexCategories.Count, AgeGroups.Count) switch
        {
            (0, 0) => "None",
            ( > 0, 0) => "Sex: " + string.Join(", ", SexCategories),
            (0, > 0) => "Age group: " + string.Join(", ", AgeGroups),
            _ => $"Sex: {string.Join(", ", SexCategories)}. Age group: {string.Join(", ", AgeGroups)}",
        };
    }
}
