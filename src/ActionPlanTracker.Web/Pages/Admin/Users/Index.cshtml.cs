using System.Globalization;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Localization;
using ActionPlanTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Admin.Users;

[Authorize(Policy = Policies.ManageUsers)]
public sealed class IndexModel(ActionPlanDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>Only the users with this role; all users when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!string.IsNullOrEmpty(Role) && !Roles.IsKnown(Role))
        {
            return BadRequest();
        }

        var role = string.IsNullOrEmpty(Role) ? null : Role;
        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking()
            .Where(u => role == null || db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.Email,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                Member = db.Members.Where(m => m.Id == u.MemberId).Select(m => new { m.Name, m.NameFr }).FirstOrDefault(),
                u.TwoFactorEnabled,
                u.IsDisabled,
                u.LockoutEnd,
                HasPassword = u.PasswordHash != null,
            })
            .ToListAsync();

        Rows = [.. users.Select(u => new UserRow(
            u.Id, u.DisplayName, u.Email ?? "", string.Join(", ", u.Roles.Order().Select(Roles.Label)),
            u.Member is null ? null : PlanText.Choose(u.Member.Name, u.Member.NameFr), u.TwoFactorEnabled,
            StateOf(u.IsDisabled, u.LockoutEnd > now ? u.LockoutEnd : null, u.HasPassword)))];
        return Page();
    }

    public static AccountState StateOf(bool isDisabled, DateTimeOffset? lockedUntil, bool hasPassword) => (isDisabled, lockedUntil, hasPassword) switch
    {
        (true, _, _) => new("Users.State.Disabled", null),
        (_, { } until, _) => new("Users.State.LockedUntil", until),
        (_, _, false) => new("Users.State.Invited", null),
        _ => new("Users.State.Active", null),
    };

    public sealed record UserRow(string Id, string DisplayName, string Email, string Role, string? Member, bool TwoFactorEnabled, AccountState State);
}

/// <summary>An account's state: the key of its name in <see cref="AdminResources"/>, and until when it is locked.</summary>
public sealed record AccountState(string Key, DateTimeOffset? LockedUntil)
{
    public string Describe(IStringLocalizer<AdminResources> text) => LockedUntil is { } until
        ? text[Key, until.ToUniversalTime().ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture)]
        : text[Key];
}
