using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ActionPlanTracker.Data.Auditing;

/// <summary>
/// Takes the audit chain's lock as the first thing in every transaction the application opens.
/// </summary>
/// <remarks>
/// The chain trigger takes the same lock when a transaction inserts its audit event, which may come after the
/// transaction has already locked rows (EF decides the order of its commands). Two transactions could then each hold
/// what the other waits for. Taking the lock first gives every writing transaction the same order: lock, then rows.
/// Writes are few and short here, so serialising them costs nothing a user notices.
/// </remarks>
public sealed class AuditChainLockInterceptor : DbTransactionInterceptor
{
    private static readonly string LockSql = string.Create(CultureInfo.InvariantCulture, $"SELECT pg_advisory_xact_lock({AuditChain.AdvisoryLock})");

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        using var command = Command(connection, result);
        command.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection, result);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = LockSql;
        return command;
    }
}
