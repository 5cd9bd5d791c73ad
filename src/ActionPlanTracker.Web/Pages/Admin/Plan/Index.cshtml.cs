using System.Globalization;
using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Seed;
using ActionPlanTracker.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Admin.Plan;

/// <summary>
/// Every text of one plan, adopted English beside French, and how much of it is translated; with the members' names.
/// Without a plan in the address, the plan as adopted in 2024 (or the first plan there is).
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(ActionPlanDbContext db) : PageModel
{
    /// <summary>The key of the plan shown.</summary>
    public string Plan { get; private set; } = "";

    public PlanChoice Chosen { get; private set; } = null!;

    /// <summary>Every plan, oldest first, to choose another.</summary>
    public IReadOnlyList<PlanChoice> Plans { get; private set; } = [];

    public IReadOnlyList<PillarRow> Pillars { get; private set; } = [];

    public IReadOnlyList<Row> Priorities { get; private set; } = [];

    public IReadOnlyList<Row> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? plan, CancellationToken cancellationToken)
    {
        Plans = await db.ActionPlans.AsNoTracking().OrderBy(p => p.MeetingStart).ThenBy(p => p.Key)
            .Select(p => new PlanChoice(p.Key, p.Title, p.State == PlanState.Draft, db.ActionPlans.Where(n => n.PreviousVersionId == p.Id).Select(n => n.Key).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var chosen = plan is null
            ? Plans.FirstOrDefault(p => p.Key == PlanDocument.Adopted.Key) ?? (Plans.Count > 0 ? Plans[0] : null)
            : Plans.FirstOrDefault(p => p.Key == plan);
        if (chosen is null)
        {
            return NotFound();
        }

        Plan = chosen.Key;
        Chosen = chosen;
        Pillars = await db.Pillars.AsNoTracking()
            .Where(p => p.Plan!.Key == Plan)
            .OrderBy(p => p.Number)
            .Select(p => new PillarRow(
                new Row(p.Number.ToString(CultureInfo.InvariantCulture), p.Numeral, p.Title, p.TitleFr, (p.TitleFr != null ? 1 : 0) + (p.LeadSentenceFr != null ? 1 : 0), 2),
                p.Commitments.OrderBy(c => c.Number)
                    .Select(c => new Row(c.Code, c.Code, c.ShortTitle, c.ShortTitleFr, (c.ShortTitleFr != null ? 1 : 0) + (c.TextFr != null ? 1 : 0), 2))
                    .ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        Priorities = await db.ActionPlans.AsNoTracking().Where(a => a.Key == Plan).SelectMany(a => a.Priorities)
            .OrderBy(p => p.Number)
            .Select(p => new Row(p.Number.ToString(CultureInfo.InvariantCulture), p.Number.ToString(CultureInfo.InvariantCulture), p.Title, p.TitleFr, (p.TitleFr != null ? 1 : 0) + (p.TextFr != null ? 1 : 0), 2))
            .ToListAsync(cancellationToken);
        Members = await db.Members.AsNoTracking()
            .OrderBy(m => m.SortOrder)
            .Select(m => new Row(m.Code, m.Code, m.Name, m.NameFr, m.NameFr != null ? 1 : 0, 1))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public IEnumerable<Row> Commitments => Pillars.SelectMany(p => p.Commitments);

    /// <summary>One translatable item: its address key, the code readers know it by, its English and French title, and how many of its French fields are entered.</summary>
    public sealed record Row(string Key, string Code, string Adopted, string? French, int Translated, int Fields)
    {
        public bool IsTranslated => Translated == Fields;

        /// <summary>The key of the text saying how far the item is translated.</summary>
        public string State => Translated == 0 ? "Index.NotTranslated" : IsTranslated ? "Index.Translated" : "Index.PartlyTranslated";
    }

    /// <summary>A plan version: whether it is a draft, and the key of the version that revises it, if any.</summary>
    public sealed record PlanChoice(string Key, string Title, bool IsDraft, string? Successor);

    public sealed record PillarRow(Row Pillar, IReadOnlyList<Row> Commitments);
}
