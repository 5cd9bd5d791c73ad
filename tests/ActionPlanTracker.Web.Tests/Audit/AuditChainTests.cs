using ActionPlanTracker.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using static ActionPlanTracker.Web.Tests.Audit.AuditData;

namespace ActionPlanTracker.Web.Tests.Audit;

/// <summary>The database chains every inserted event; <see cref="AuditChain"/> recomputes the chain independently.</summary>
public sealed class AuditChainTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 3, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Events_are_numbered_without_gaps_and_each_hash_covers_the_previous_one()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await AddEventsAsync(connectionString, 3, i => Event("chain@example.org", At.AddTicks(1234567 * i), memberId: i == 2 ? 1 : null,
            before: i == 3 ? """{"Narrative": "été  <b>", "Evidence": ["x"]}""" : null, after: """{"State":"Open"}"""));

        await using var db = TestPostgres.CreateContext(connectionString);
        var rows = await db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal([1L, 2L, 3L], rows.Select(r => r.Sequence));
        Assert.Equal(AuditChain.Genesis, rows[0].PreviousHash);
        Assert.Equal(rows[0].Hash, rows[1].PreviousHash);
        Assert.Equal(rows[1].Hash, rows[2].PreviousHash);
        Assert.All(rows, r => Assert.Equal(AuditChain.HashOf(r.PreviousHash!, r), r.Hash));
        var check = await AuditChain.VerifyAsync(db);
        Assert.True(check.IsIntact, check.Summary);
        Assert.Equal($"3 events, chain intact, head {rows[2].Hash}", check.Summary);
    }

    [Fact]
    public async Task Values_a_writer_sends_for_the_chain_are_ignored()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using (var connection = new Npgsql.NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var insert = new Npgsql.NpgsqlCommand(
                "INSERT INTO audit_events (at, actor, entity, entity_key, action, sequence, previous_hash, hash) " +
                "VALUES (now(), 'psql', 'Note', 'n', 'Created', 99, 'forged', 'forged')", connection);
            await insert.ExecuteNonQueryAsync();
        }

        await using var db = TestPostgres.CreateContext(connectionString);
        var row = await db.AuditEvents.AsNoTracking().SingleAsync();
        Assert.Equal(1, row.Sequence);
        Assert.Equal(AuditChain.Genesis, row.PreviousHash);
        Assert.True((await AuditChain.VerifyAsync(db)).IsIntact);
    }

    [Theory]
    [InlineData("UPDATE audit_events SET actor = 'mallory' WHERE sequence = 3", 3, 2, "its content does not match its hash")]
    [InlineData("UPDATE audit_events SET after = '{\"State\": \"Closed\"}' WHERE sequence = 2", 2, 1, "its content does not match its hash")]
    [InlineData("UPDATE audit_events SET at = at + interval '1 microsecond' WHERE sequence = 4", 4, 3, "its content does not match its hash")]
    [InlineData("DELETE FROM audit_events WHERE sequence = 3", 4, 2, "sequence 3 is missing")]
    [InlineData("UPDATE audit_events SET previous_hash = repeat('1', 64) WHERE sequence = 2", 2, 1, "previous hash")]
    public async Task The_first_tampered_row_is_named(string tamper, long brokenSequence, long intactRows, string problem)
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        var ids = await AddEventsAsync(connectionString, 5, i => Event("chain@example.org", At.AddMinutes(i), after: """{"State":"Open"}"""));
        await TamperAsync(connectionString, tamper);

        await using var db = TestPostgres.CreateContext(connectionString);
        var check = await AuditChain.VerifyAsync(db);

        Assert.False(check.IsIntact);
        Assert.Equal(brokenSequence, check.Broken!.Sequence);
        Assert.Equal(ids[(int)brokenSequence - 1], check.Broken.Id);
        Assert.Contains(problem, check.Broken.Problem, StringComparison.Ordinal);
        Assert.Equal(intactRows, check.IntactRows);
    }

    [Fact]
    public async Task Writers_appending_at_the_same_time_do_not_fork_the_chain()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer =>
            AddEventsAsync(connectionString, 10, i => Event($"writer-{writer}@example.org", At.AddSeconds(i)))));

        await using var db = TestPostgres.CreateContext(connectionString);
        Assert.Equal(Enumerable.Range(1, 80).Select(i => (long)i), await db.AuditEvents.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
        var check = await AuditChain.VerifyAsync(db);
        Assert.True(check.IsIntact, check.Summary);
    }

    [Fact]
    public async Task Events_written_before_the_chain_existed_are_chained_by_the_migration_in_id_order()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(migrated: false);
        await using var db = TestPostgres.CreateContext(connectionString);
        var migrator = db.GetInfrastructure().GetRequiredService<IMigrator>();
        await migrator.MigrateAsync("20261129185312_IdentityAndAudit");
        // Braces doubled: ExecuteSqlRaw formats its text.
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO audit_events (at, actor, entity, entity_key, action, member_id, before, after) VALUES
                ('2026-01-02 03:04:05.123456+00', 'old@example.org', 'ReportingCycle', '2026-H1', 'Created', NULL, NULL, '{{"Code": "2026-H1"}}'),
                ('2026-01-03 03:04:05+00', 'old@example.org', 'ReportingCycle', '2026-H1', 'Opened', 3, '{{"State": "Planned"}}', '{{"State": "Open"}}');
            """);

        await migrator.MigrateAsync();
        await AddEventsAsync(connectionString, 1, _ => Event("new@example.org", At));

        var rows = await db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(["old@example.org", "old@example.org", "new@example.org"], rows.Select(r => r.Actor));
        Assert.Equal([1L, 2L, 3L], rows.Select(r => r.Sequence));
        var check = await AuditChain.VerifyAsync(db);
        Assert.True(check.IsIntact, check.Summary);
    }

    [Fact]
    public void Canonical_text_is_length_prefixed_so_values_cannot_run_into_each_other()
    {
        var a = AuditChain.Canonical(AuditChain.Genesis, Event("ab", At, entity: "c"));
        var b = AuditChain.Canonical(AuditChain.Genesis, Event("a", At, entity: "bc"));

        Assert.NotEqual(a, b);
        Assert.Contains("\n2:ab\n1:c\n", a, StringComparison.Ordinal);
        Assert.StartsWith(AuditChain.Genesis + "\n1:0\n", a, StringComparison.Ordinal);
        Assert.Contains("2026-11-03T10:00:00.000000Z", a, StringComparison.Ordinal);
        Assert.EndsWith("\n-\n-", a, StringComparison.Ordinal);
    }
}
