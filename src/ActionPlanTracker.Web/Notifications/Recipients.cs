using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Notifications;

/// <summary>Who is told: the enabled accounts of a role, focal points with their member.</summary>
public static class Recipients
{
    /// <summary>An account that receives notices, with the language its messages are written in (null: English).</summary>
    public sealed record Person(string UserId, string? Email, int? MemberId, string? Language)
    {
        public Recipient Recipient => new(UserId, Email);
    }

    public static Task<List<Person>> InRoleAsync(ActionPlanDbContext db, string role, CancellationToken cancellationToken) => (
        from u in db.Users
        join ur in db.UserRoles on u.Id equals ur.UserId
        join r in db.Roles on ur.RoleId equals r.Id
        where r.Name == role && !u.IsDisabled
        orderby u.Id
        select new Person(u.Id, u.Email, u.MemberId, u.PreferredLanguage))
        .ToListAsync(cancellationToken);

    public static async Task<ILookup<int, Person>> FocalPointsByMemberAsync(ActionPlanDbContext db, CancellationToken cancellationToken) =>
        (await InRoleAsync(db, Roles.FocalPoint, cancellationToken)).Where(p => p.MemberId is not null).ToLookup(p => p.MemberId!.Value);
}
