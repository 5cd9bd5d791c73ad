using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ActionPlanTracker.Data;

/// <summary>
/// Explicit transactions under the retrying execution strategy. EF Core refuses a transaction the strategy cannot
/// replay, so the whole unit of work goes in: on a transient fault it runs again, from the start, in a new transaction.
/// </summary>
public static class ResilientTransactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction; <paramref name="work"/> commits it when it succeeds (leaving it
    /// uncommitted rolls it back). The change tracker is emptied before each attempt, so a retry starts from what the
    /// database holds, not from the failed attempt's half-saved entities: load what you change inside the work.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this DbContext db, Func<IDbContextTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            return await work(transaction);
        });
}
