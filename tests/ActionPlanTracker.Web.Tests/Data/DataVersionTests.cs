using ActionPlanTracker.Data.Caching;
using Microsoft.EntityFrameworkCore;

namespace ActionPlanTracker.Web.Tests.Data;

/// <summary>
/// The data version's stamp moves with every committed write to the tables pages keep in memory, whoever writes,
/// and with nothing else: no read, no rolled-back write.
/// </summary>
public sealed class DataVersionTests
{
    /// <summary>Tables no page keeps in memory: their writes need not move the stamp.</summary>
    private static readonly string[] Untracked =
    [
        "__ef_migrations_history", "data_version", "audit_events", "attachment_contents", "notification_outbox", "notification_opt_outs",
        "personal_access_tokens", "import_uploads", "data_protection_keys", "limit_counters", "unknown_account_failures",
        "users", "roles", "user_roles", "user_claims", "user_logins", "user_tokens", "role_claims",
    ];

    [Fact]
    public async Task Every_table_either_moves_the_stamp_or_is_named_as_one_no_page_keeps()
    {
        await using var db = TestPostgres.CreateContext(await TestPostgres.CreateDatabaseAsync());

        var tables = await db.Database.SqlQuery<string>($"""
            SELECT table_name AS "Value" FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
            """).ToListAsync();
        var triggered = await db.Database.SqlQuery<string>($"""
            SELECT c.relname AS "Value" FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = 'data_version_bump'
            """).ToListAsync();

        Assert.Equal(DataVersion.TrackedTables.Order(StringComparer.Ordinal), triggered.Order(StringComparer.Ordinal));
        Assert.Equal([], tables.Except(DataVersion.TrackedTables).Except(Untracked));
        Assert.Equal([], Untracked.Except(tables));
    }

    [Fact]
    public async Task A_committed_write_moves_the_stamp_and_a_read_or_a_rolled_back_write_does_not()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var db = TestPostgres.CreateContext(connectionString);
        await using var reader = new DataVersionReader(connectionString);
        var start = await reader.CurrentAsync(CancellationToken.None);

        await db.Members.AsNoTracking().ToListAsync();
        Assert.Equal(start, await reader.CurrentAsync(CancellationToken.None));

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE members SET name = name || ' (draft)' WHERE code = 'FR'");
            await transaction.RollbackAsync();
        }

        Assert.Equal(start, await reader.CurrentAsync(CancellationToken.None));

        var seen = new HashSet<Guid> { start };
        var last = start;
        foreach (var table in DataVersion.TrackedTables)
        {
            // A delete that matches no row is still a write statement: statement triggers fire, and so the stamp moves.
#pragma warning disable EF1002 // the table names are the constant list above, not input
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM {table} WHERE false");
#pragma warning restore EF1002
            last = await reader.CurrentAsync(CancellationToken.None);
            Assert.True(seen.Add(last), $"A write to {table} left the stamp as it was.");
        }

        Assert.Equal(last, await db.DataVersions.Select(v => v.Stamp).SingleAsync());
    }
}
