using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Indicators;

/// <summary>The indicators the secretariat defined on one commitment: what each measures and how it is broken down.</summary>
[Authorize]
public sealed class IndexModel(ActionPlanDbContext db) : PageModel
{
    public string Plan { get; private set; } = "";

    public string Code { get; private set; } = "";

    public string ShortTitle { get; private set; } = "";

    public IReadOnlyList<IndicatorRow> Indicators { get; private set; } = [];

    public bool CanDefine => User.IsInRole(Roles.Secretariat);

    public async Task<IActionResult> OnGetAsync(string plan, string code, CancellationToken cancellationToken)
    {
        var commitment = await db.Commitments.AsNoTracking().Named(plan, code)
            .Select(c => new { c.Id, Plan = c.Pillar!.Plan!.Key, c.Code, c.ShortTitle, c.ShortTitleFr }).FirstOrDefaultAsync(cancellationToken);
        if (commitment is null)
        {
            return NotFound();
        }

        Plan = commitment.Plan;
        Code = commitment.Code;
        ShortTitle = PlanText.Choose(commitment.ShortTitle, commitment.ShortTitleFr);
        Indicators = await db.Indicators.AsNoTracking().Where(i => i.CommitmentId == commitment.Id).OrderBy(i => i.Name)
            .Select(i => new IndicatorRow(i.Id, i.Name, i.Unit, i.Definition, i.Kind, i.SexCategories, i.AgeGroups))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record IndicatorRow(int Id, string Name, string Unit, string Definition, IndicatorKind Kind, IReadOnlyList<string> SexCategories, IReadOnlyList<string> AgeGroups)
    {
        public string Breakdowns(IStringLocalizer<IndicatorsResources> text) => (SexCategories.Count, AgeGroups.Count) switch
        {
            (0, 0) => text["Index.NoBreakdown"],
            ( > 0, 0) => text["Index.BySex", string.Join(", ", SexCategories)],
            (0, > 0) => text["Index.ByAge", string.Join(", ", AgeGroups)],
            _ => text["Index.BySexAndAge", string.Join(", ", SexCategories), string.Join(", ", AgeGroups)],
        };
    }
}
