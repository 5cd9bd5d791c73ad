using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Pages.Account;

/// <summary>The signed-in person's own account, read from the database rather than the cookie so it is current.</summary>
public sealed class IndexModel(UserManager<ApplicationUser> users, ActionPlanDbContext db) : PageModel
{
    public AccountView Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var roles = await users.GetRolesAsync(user);
        var member = user.MemberId is { } memberId
            ? await db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => new { m.Name, m.NameFr }).SingleOrDefaultAsync()
            : null;
        Account = new(
            user.DisplayName, user.Email ?? "", [.. roles.Select(Roles.Label)], member is null ? null : PlanText.Choose(member.Name, member.NameFr),
            user.TwoFactorEnabled, roles.Contains(Roles.Administrator), Languages.IsSupported(user.PreferredLanguage) ? user.PreferredLanguage : null);
        return Page();
    }

    public sealed record AccountView(
        string DisplayName, string Email, IReadOnlyList<string> Roles, string? Member, bool TwoFactorEnabled, bool IsAdministrator,
        string? Language);
}
