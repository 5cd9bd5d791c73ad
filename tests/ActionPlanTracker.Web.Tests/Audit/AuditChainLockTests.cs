using System.Globalization;
using ActionPlanTracker.Data.Auditing;
using Npgsql;

namespace ActionPlanTracker.Web.Tests.Audit;

public sealed class AuditChainLockTests
{
    [Fact]
    public async Task Transactions_take_the_same_lock_as_the_chain_trigger()
    {
        await using var connection = new NpgsqlConnection(await TestPostgres.CreateDatabaseAsync());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT prosrc FROM pg_proc WHERE proname = 'audit_events_chain'", connection);

        var trigger = (string)(await command.ExecuteScalarAsync())!;

        Assert.Contains($"pg_advisory_xact_lock({AuditChain.AdvisoryLock.ToString(CultureInfo.InvariantCulture)})", trigger, StringComparison.Ordinal);
    }
}
