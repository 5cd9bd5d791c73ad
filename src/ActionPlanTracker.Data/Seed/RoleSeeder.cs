using ActionPlanTracker.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Data.Seed;

/// <summary>The four roles exist in every database; adding them twice changes nothing.</summary>
public static class RoleSeeder
{
    public static async Task<int> SeedAsync(ActionPlanDbContext db, CancellationToken cancellationToken = default)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var role in Roles.All.Where(r => !existing.Contains(r)))
        {
            // Identity looks roles up by their upper-case invariant form.
            db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() });
        }

        return await db.SaveChangesAsync(cancellationToken);
    }
}
