using ActionPlanTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Reading;

/// <summary>
/// People as pages name them: an account's display name for the address the record keeps (reports, revisions and the
/// trail store who acted by their sign-in address); the address itself when no account of that name exists (any more).
/// </summary>
public sealed class PeopleNames(IReadOnlyDictionary<string, string> names)
{
    public static PeopleNames None { get; } = new(new Dictionary<string, string>());

    /// <summary>The name of the person signed in as <paramref name="userName"/>, or the address when none is known; "" for nobody.</summary>
    public string Of(string? userName) =>
        userName is null ? "" : names.TryGetValue(userName, out var name) && !string.IsNullOrWhiteSpace(name) ? name : userName;

    /// <summary>The display names of these accounts, in one command.</summary>
    public static async Task<PeopleNames> ReadAsync(ActionPlanDbContext db, IEnumerable<string?> userNames, CancellationToken cancellationToken)
    {
        var wanted = userNames.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return None;
        }

        var found = await db.Users.AsNoTracking().Where(u => u.UserName != null && wanted.Contains(u.UserName))
            .Select(u => new { u.UserName, u.DisplayName }).ToListAsync(cancellationToken);
        return new(found.ToDictionary(u => u.UserName!, u => u.DisplayName ?? u.UserName!, StringComparer.Ordinal));
    }
}
