using System.Globalization;
using ActionPlanTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Admin.Plan;

/// <summary>
/// The three kinds of plan text an administrator translates, and all that differs between them: how the address
/// names an item within its plan, which French fields it has (as the entity names them; their labels' keys follow), how
/// long a title may be. The form, its rules, the check against a change made meanwhile and the audit are the same for
/// all three. (A member's French name is entered with the member, on /admin/members.)
/// </summary>
public sealed record PlanItemKind(
    string Segment, string Name, string TitleField, string TextField, int TitleLength, int TextRows,
    Func<ActionPlanDbContext, string, string, CancellationToken, Task<PlanItem?>> FindAsync)
{
    public static readonly PlanItemKind Pillar = new("pillars", "Pillar", "TitleFr", "LeadSentenceFr", Translations.TitleLength, 4, async (db, plan, key, ct) =>
        Number(key) is { } number && await db.Pillars.Where(p => p.Plan!.Key == plan && p.Number == number).FirstOrDefaultAsync(ct) is { } p
            ? new PlanItem(p, p.Numeral, p.Title, p.LeadSentence, p.Version, () => (p.TitleFr, p.LeadSentenceFr), p.Translate)
            : null);

    public static readonly PlanItemKind Priority = new("priorities", "Priority", "TitleFr", "TextFr", Translations.TitleLength, 8, async (db, plan, key, ct) =>
        Number(key) is { } number
            && await db.ActionPlans.Where(a => a.Key == plan).SelectMany(a => a.Priorities).Where(p => p.Number == number).FirstOrDefaultAsync(ct) is { } p
            ? new PlanItem(p, key, p.Title, p.Text, p.Version, () => (p.TitleFr, p.TextFr), p.Translate)
            : null);

    public static readonly PlanItemKind Commitment = new("commitments", "Commitment", "ShortTitleFr", "TextFr", Translations.ShortLength, 8, async (db, plan, key, ct) =>
        await db.Commitments.Named(plan, key).FirstOrDefaultAsync(ct) is { } c
            ? new PlanItem(c, c.Code, c.ShortTitle, c.Text, c.Version, () => (c.ShortTitleFr, c.TextFr), c.Translate)
            : null);

    public static readonly IReadOnlyList<PlanItemKind> All = [Pillar, Priority, Commitment];

    /// <summary>The kind an address names (its route constraint lists the same three, and, like any route, ignores case).</summary>
    public static PlanItemKind? Of(string segment) => All.FirstOrDefault(kind => kind.Segment.Equals(segment, StringComparison.OrdinalIgnoreCase));

    // Pillars and priorities are addressed by number, as the int route constraint of their own pages read it.
    private static int? Number(string key) => int.TryParse(key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}

/// <summary>
/// One item of the plan, tracked: the code readers know it by, its adopted English, its version when read, its French
/// as it stands (read again after a change) and the domain's way of changing it.
/// </summary>
public sealed record PlanItem(
    object Entity, string Code, string Title, string? Text, uint Version, Func<(string? Title, string? Text)> French, Action<string?, string?> Translate);
