using System.Globalization;
using ActionPlanTracker.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Admin.Plan;

/// <summary>
/// What every French text of the plan must be, and how it is saved: within its column's length, a title on one line,
/// and never over a change someone else made since the form was shown.
/// </summary>
public static class Translations
{
    /// <summary>Longer than any paragraph of the plan; the text columns have no limit of their own.</summary>
    public const int TextLength = 4000;

    /// <summary>The commitment's short title and a member's name (their columns' length).</summary>
    public const int ShortLength = 200;

    /// <summary>A pillar's or a priority's title (their columns' length).</summary>
    public const int TitleLength = 300;

    /// <summary>A title on one line.</summary>
    public static IRuleBuilderOptions<T, string?> FrenchTitle<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer text, int length) =>
        rule.MaximumLength(length).WithMessage(text["Edit.TitleTooLong", Shown(length)])
            .Must(IsOneLine).WithMessage(text["Edit.TitleControlCharacters"]);

    /// <summary>A paragraph may keep the line breaks of a text pasted from a document; other control characters have no place in it.</summary>
    public static IRuleBuilderOptions<T, string?> FrenchText<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer text) =>
        rule.MaximumLength(TextLength).WithMessage(text["Edit.TextTooLong", Shown(TextLength)])
            .Must(TypedText.HasNoControlCharacters)
            .WithMessage(text["Edit.TextControlCharacters"]);

    /// <summary>A length as the reader writes numbers: 4,000 or 4 000.</summary>
    public static string Shown(int length) => length.ToString("N0", CultureInfo.CurrentCulture);

    public static bool IsOneLine(string? text) => text is null || !text.Any(char.IsControl);

    /// <summary>
    /// Applies <paramref name="translate"/> and saves, unless the row changed since the form showed version
    /// <paramref name="version"/>: then nothing is saved and the answer is false. The audit interceptor records the change.
    /// </summary>
    public static async Task<bool> SaveAsync(ActionPlanDbContext db, object entity, uint version, Action translate, CancellationToken cancellationToken)
    {
        var stored = db.Entry(entity).Property("Version");
        if ((uint)stored.CurrentValue! != version)
        {
            return false;
        }

        translate();

        // Between the read above and this write, PostgreSQL's xmin check still catches a change made meanwhile.
        stored.OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (exception.IsConflict())
        {
            return false;
        }
    }
}
