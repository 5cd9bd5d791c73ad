using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ActionPlanTracker.Web.Tests.Audit;

/// <summary>
/// A transaction the application opens and an insert into the audit trail queue on one lock: whichever comes second
/// waits for the first to end, so two writers can never each hold what the other waits for.
/// </summary>
public sealed class AuditChainLockTests
{
    [Fact]
    public async Task An_audit_event_written_elsewhere_waits_for_a_transaction_the_application_has_opened()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var db = ApplicationContext(connectionString);
        await using var transaction = await db.Database.BeginTransactionAsync();

        await using var writer = await OpenAsync(connectionString);
        var insert = InsertEventAsync(writer);
        await WaitUntilBlockedOnTheChainLockAsync(connectionString, writer.ProcessID);
        Assert.False(insert.IsCompleted);

        await transaction.CommitAsync();
        await insert;
        Assert.Equal(1, await db.AuditEvents.CountAsync());
    }

    [Fact]
    public async Task A_transaction_the_application_opens_waits_for_an_audit_event_being_written_elsewhere()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var writer = await OpenAsync(connectionString);
        await using var writing = await writer.BeginTransactionAsync();
        await InsertEventAsync(writer, writing);

        await using var db = ApplicationContext(connectionString);
        await db.Database.OpenConnectionAsync();
        var backend = ((NpgsqlConnection)db.Database.GetDbConnection()).ProcessID;
        var begin = db.Database.BeginTransactionAsync();
        await WaitUntilBlockedOnTheChainLockAsync(connectionString, backend);
        Assert.False(begin.IsCompleted);

        await writing.CommitAsync();
        await using var transaction = await begin;
        Assert.Equal(1, await db.AuditEvents.CountAsync());
    }

    /// <summary>A context with the interceptor the application registers (Hosting/DatabaseSetup).</summary>
    private static ActionPlanDbContext ApplicationContext(string connectionString) =>
        new(new DbContextOptionsBuilder<ActionPlanDbContext>()
            .UseActionPlanDatabase(connectionString)
            .AddInterceptors(new AuditChainLockInterceptor())
            .Options);

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task InsertEventAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction = null)
    {
        await using var insert = new NpgsqlCommand(
            "INSERT INTO audit_events (at, actor, entity, entity_key, action) VALUES (now(), 'psql', 'Note', 'n', 'Created')",
            connection, transaction);
        await insert.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Asks the server, not the clock, whether the backend waits for the chain's advisory lock: no sleeping, and a
    /// bounded number of looks so a broken lock fails the test instead of hanging it.
    /// </summary>
    private static async Task WaitUntilBlockedOnTheChainLockAsync(string connectionString, int backend)
    {
        await using var observer = await OpenAsync(connectionString);
        await using var waiting = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE pid = $1 AND locktype = 'advisory' AND NOT granted " +
            "AND ((classid::bigint << 32) | objid::bigint) = $2)", observer);
        waiting.Parameters.Add(new NpgsqlParameter { Value = backend });
        waiting.Parameters.Add(new NpgsqlParameter { Value = AuditChain.AdvisoryLock });
        for (var look = 0; look < 50_000; look++)
        {
            if ((bool)(await waiting.ExecuteScalarAsync())!)
            {
                return;
            }

            await Task.Yield();
        }

        Assert.Fail($"Backend {backend} never waited for the audit chain's lock.");
    }
}
