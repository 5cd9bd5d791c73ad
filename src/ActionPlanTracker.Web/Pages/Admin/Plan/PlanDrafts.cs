using System.Text.RegularExpressions;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Admin.Plan;

/// <summary>
/// Loading a plan version to change it, and saving it: the draft with its pillars, priorities, commitments and their
/// lineage, and the version it revises. The rules of what may change live in <see cref="ActionPlan"/>.
/// </summary>
public static partial class PlanDrafts
{
    /// <summary>A plan's key: lower-case letters, digits and hyphens, as addresses carry it.</summary>
    public const int KeyLength = 100;

    /// <summary>The column's length: I.1, II.10, III.4a…</summary>
    public const int CodeLength = 10;

    /// <summary>The plan keyed <paramref name="key"/>, tracked, with everything a change to a draft reads; null when there is none.</summary>
    public static Task<ActionPlan?> LoadAsync(ActionPlanDbContext db, string key, CancellationToken cancellationToken) =>
        db.ActionPlans
            .Include(p => p.Priorities)
            .Include(p => p.Pillars).ThenInclude(p => p.Commitments).ThenInclude(c => c.Priorities)
            .Include(p => p.Pillars).ThenInclude(p => p.Commitments).ThenInclude(c => c.Predecessors).ThenInclude(l => l.Predecessor)
            .Include(p => p.PreviousVersion).ThenInclude(v => v!.Pillars).ThenInclude(p => p.Commitments)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Key == key, cancellationToken);

    /// <summary>
    /// Saves a changed draft. A commitment the change took out of the draft (split, merged, retired) is deleted: a
    /// draft's commitments have no reports, and the version it revises keeps the history.
    /// </summary>
    public static async Task SaveAsync(ActionPlanDbContext db, ActionPlan draft, CancellationToken cancellationToken)
    {
        var kept = draft.Commitments.ToHashSet();
        var pillars = draft.Pillars.Select(p => p.Id).Where(id => id != 0).ToHashSet();

        // Marked deleted before the change tracker looks at the pillars: a commitment taken out of its pillar's list
        // would otherwise be an orphan of a required relationship, which the tracker refuses.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in db.ChangeTracker.Entries<Commitment>().ToList())
            {
                if (entry.State is EntityState.Unchanged or EntityState.Modified && pillars.Contains(entry.Entity.PillarId) && !kept.Contains(entry.Entity))
                {
                    entry.State = EntityState.Deleted;
                }
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes a draft and everything in it; an adopted version is never deleted.</summary>
    public static async Task DiscardAsync(ActionPlanDbContext db, ActionPlan draft, CancellationToken cancellationToken)
    {
        draft.EnsureDraft();
        foreach (var commitment in draft.Commitments.ToList())
        {
            db.Remove(commitment);
        }

        db.RemoveRange(draft.Pillars);
        db.RemoveRange(draft.Priorities);
        db.Remove(draft);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The commitment coded <paramref name="code"/> in <paramref name="plan"/>, any case.</summary>
    public static Commitment? Find(ActionPlan? plan, string? code) =>
        plan?.Commitments.FirstOrDefault(c => string.Equals(c.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string NormaliseCode(string? code) => code?.Trim().ToUpperInvariant() ?? "";

    public static bool IsKey(string? key) => key is not null && key.Trim().Length <= KeyLength && KeyShape().IsMatch(key.Trim());

    public static bool IsCode(string? code) => code is not null && NormaliseCode(code).Length <= CodeLength && CodeShape().IsMatch(NormaliseCode(code));

    /// <summary>A short title: required, on one line, within its column.</summary>
    public static IRuleBuilderOptions<T, string?> ShortTitle<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer text, string missing, int length) =>
        rule.NotEmpty().WithMessage(text[missing])
            .MaximumLength(length).WithMessage(text["Draft.TitleTooLong", Translations.Shown(length)])
            .Must(Translations.IsOneLine).WithMessage(text["Edit.TitleControlCharacters"]);

    /// <summary>A paragraph: required, within the plan's longest, without control characters other than line breaks.</summary>
    public static IRuleBuilderOptions<T, string?> Paragraph<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer text, string missing) =>
        rule.NotEmpty().WithMessage(text[missing])
            .MaximumLength(Translations.TextLength).WithMessage(text["Draft.TextTooLong", Translations.Shown(Translations.TextLength)])
            .Must(TypedText.HasNoControlCharacters).WithMessage(text["Edit.TextControlCharacters"]);

    public static IRuleBuilderOptions<T, string?> CommitmentCode<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer text) =>
        rule.NotEmpty().WithMessage(text["Draft.CodeMissing"])
            .Must(code => code is null || IsCode(code)).WithMessage(text["Draft.CodeShape", CodeLength]);

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyShape();

    [GeneratedRegex("^[A-Z0-9]{1,4}([.-][A-Z0-9]{1,4}){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeShape();
}
