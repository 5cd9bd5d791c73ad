using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ActionPlanTracker.Data;

/// <summary>
/// A save that lost a race: another request changed the same row first (the row's version no longer matches), or
/// inserted the same key first (a unique index refused the second row, as when two saves of one report both write its
/// next revision). Either way nothing of this save was stored, and the person should see what is saved now.
/// </summary>
public static class SaveConflicts
{
    public static bool IsConflict(this DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException || exception.IsUniqueViolation();

    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
