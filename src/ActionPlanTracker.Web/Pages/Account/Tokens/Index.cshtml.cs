using System.Globalization;
using ActionPlanTracker.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Account.Tokens;

/// <summary>The signed-in user's personal access tokens: what each may read, until when, when it was last used; revoke.</summary>
public sealed class IndexModel(
    ActionPlanDbContext db, UserManager<Data.Identity.ApplicationUser> users, TimeProvider clock, IStringLocalizer<AccountResources> text) : PageModel
{
    /// <summary>The TempData key that carries a new token's secret to this page, to be shown once.</summary>
    public const string NewTokenKey = "NewToken";

    public IReadOnlyList<TokenRow> Tokens { get; private set; } = [];

    public string? NewToken { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        NewToken = TempData[NewTokenKey] as string;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(User);
        var token = await db.PersonalAccessTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == userId, cancellationToken);
        if (token is null)
        {
            return NotFound();
        }

        token.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        TempData["Notice"] = text["Tokens.Revoked", token.Name].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        var userId = users.GetUserId(User);
        Tokens = await db.PersonalAccessTokens.AsNoTracking()
            .Where(t => t.UserId == userId)
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => new TokenRow(t.Id, t.Name, t.Prefix, t.Scopes, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A time in the reader's language, in UTC; null for none.</summary>
    public static string? When(DateTimeOffset? at) => at?.ToUniversalTime().ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.CurrentCulture);

    public sealed record TokenRow(
        int Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
    {
        /// <summary>The state's name in <see cref="AccountResources"/> (Tokens.State.Active, …).</summary>
        public string Status(DateTimeOffset now) => RevokedAt is not null ? "Revoked" : ExpiresAt <= now ? "Expired" : "Active";

        public bool IsActive(DateTimeOffset now) => Status(now) == "Active";
    }
}
